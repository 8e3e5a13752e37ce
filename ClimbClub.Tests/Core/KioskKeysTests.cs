using System.Buffers.Text;
using System.Text.RegularExpressions;
using ClimbClub.Core.Screen;

namespace ClimbClub.Tests.Core;

/// <summary>The gym screen's kiosk keys: long random URL-safe strings, stored only as a hash.</summary>
public sealed partial class KioskKeysTests
{
    [Fact]
    public void AKeyIs43UrlSafeCharactersHolding256RandomBits()
    {
        var key = KioskKeys.Generate();

        Assert.Matches(UrlSafe(), key);
        Assert.Equal(Uri.EscapeDataString(key), key);
        Assert.Equal(32, Base64Url.DecodeFromChars(key).Length);
    }

    [Fact]
    public void EveryKeyIsDifferent()
    {
        var keys = Enumerable.Range(0, 200).Select(_ => KioskKeys.Generate()).ToList();

        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.All(keys, k => Assert.Matches(UrlSafe(), k));
    }

    [Fact]
    public void AKeysHashIsTheSameEveryTimeAndDoesNotHoldTheKey()
    {
        var key = KioskKeys.Generate();

        var hash = KioskKeys.Hash(key);

        Assert.Equal(32, hash.Length);
        Assert.Equal(hash, KioskKeys.Hash(key));
        Assert.Equal(hash, KioskKeys.Hash(new string(key.ToCharArray())));
        Assert.NotEqual(Base64Url.DecodeFromChars(key), hash);
    }

    [Fact]
    public void DifferentKeysHaveDifferentHashes()
    {
        var key = KioskKeys.Generate();
        var other = KioskKeys.Generate();
        var oneCharacterOff = (key[0] == 'A' ? 'B' : 'A') + key[1..];

        Assert.NotEqual(KioskKeys.Hash(key), KioskKeys.Hash(other));
        Assert.NotEqual(KioskKeys.Hash(key), KioskKeys.Hash(oneCharacterOff));
        Assert.NotEqual(KioskKeys.Hash(key), KioskKeys.Hash(key.ToUpperInvariant()));
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{43}$")]
    private static partial Regex UrlSafe();
}
