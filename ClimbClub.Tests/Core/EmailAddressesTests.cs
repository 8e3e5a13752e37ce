using ClimbClub.Core.SignUp;

namespace ClimbClub.Tests.Core;

/// <summary>Which addresses the club mails, and the one form an address is kept in.</summary>
public sealed class EmailAddressesTests
{
    [Theory]
    [InlineData("a@b.co")]
    [InlineData("first.last+tag@uni.ac.kr")]
    [InlineData("MINJI@UNI.AC.KR")]
    [InlineData("o'neil@uni.test")]
    [InlineData("minji@mail.uni-seoul.ac.kr")]
    [InlineData("  minji@uni.test\n")]
    public void AnOrdinaryAddressIsValid(string email)
    {
        Assert.True(EmailAddresses.IsValid(email));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("no-at")]
    [InlineData("a@b")]
    [InlineData("a@@b.com")]
    [InlineData("a@b@c.com")]
    [InlineData("a b@c.com")]
    [InlineData("a@b .com")]
    [InlineData("<a@b.com>")]
    [InlineData("a@b.com, c@d.com")]
    [InlineData("a@b.com,c@d.com")]
    [InlineData("a@b.com;c@d.com")]
    [InlineData("Name <a@b.com>")]
    [InlineData("\"Name\"@b.com")]
    [InlineData("a@-b.com")]
    [InlineData("a@b-.com")]
    [InlineData("a@uni.-ac.kr")]
    [InlineData("a@b..com")]
    [InlineData("a@.b.com")]
    [InlineData("a@b.com.")]
    [InlineData("@b.com")]
    [InlineData("a@")]
    [InlineData("a..b@c.com")]
    [InlineData(".a@b.com")]
    [InlineData("a.@b.com")]
    [InlineData("a@b_c.com")]
    [InlineData("a@b!c.com")]
    [InlineData("a(comment)@b.com")]
    [InlineData("a\u0000@b.com")]
    [InlineData("a@b\u0007.com")]
    public void AMalformedAddressIsInvalid(string? email)
    {
        Assert.False(EmailAddresses.IsValid(email));
    }

    [Fact]
    public void AnAddressOf254CharactersIsValidAnd255IsNot()
    {
        Assert.True(EmailAddresses.IsValid(AddressOfLength(254)));
        Assert.False(EmailAddresses.IsValid(AddressOfLength(255)));
    }

    [Fact]
    public void TheLocalPartHasAtMost64Characters()
    {
        Assert.True(EmailAddresses.IsValid(new string('a', 64) + "@uni.test"));
        Assert.False(EmailAddresses.IsValid(new string('a', 65) + "@uni.test"));
    }

    [Fact]
    public void ADomainLabelHasAtMost63Characters()
    {
        Assert.True(EmailAddresses.IsValid("a@" + new string('b', 63) + ".test"));
        Assert.False(EmailAddresses.IsValid("a@" + new string('b', 64) + ".test"));
    }

    [Theory]
    [InlineData("Minji@Uni.AC.KR", "minji@uni.ac.kr")]
    [InlineData("  minji@uni.test\t", "minji@uni.test")]
    [InlineData("minji@uni.test", "minji@uni.test")]
    public void AnAddressIsKeptTrimmedAndLowerCase(string typed, string kept)
    {
        Assert.Equal(kept, EmailAddresses.Normalize(typed));
    }

    /// <summary>A well-formed address of exactly <paramref name="length"/> characters (195 to 256): a 64-character local part and three labels.</summary>
    internal static string AddressOfLength(int length) =>
        $"{new string('a', 64)}@{new string('b', 63)}.{new string('c', 63)}.{new string('d', length - 193)}";
}
