using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using ClimbClub.Core.Attendance;
using ClimbClub.Core.Members;
using ClimbClub.Core.Notifications;
using ClimbClub.Core.Validation;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Features.Audit;
using ClimbClub.Web.Features.Members;
using ClimbClub.Web.Localization;

namespace ClimbClub.Tests.Components;

/// <summary>
/// Every text a page, mail or validator asks a localizer for must exist in its resources; otherwise the user reads
/// the raw key. Keys built at run time are listed here by family, from the values that build them.
/// </summary>
public sealed partial class TextResourceTests
{
    private static readonly Dictionary<string, Type> Resources = new(StringComparer.Ordinal)
    {
        [nameof(AccountText)] = typeof(AccountText),
        [nameof(AdminText)] = typeof(AdminText),
        [nameof(LayoutText)] = typeof(LayoutText),
        [nameof(MailText)] = typeof(MailText),
        [nameof(LogText)] = typeof(LogText),
        [nameof(BoardText)] = typeof(BoardText),
        [nameof(ProfileText)] = typeof(ProfileText),
        [nameof(AttendanceText)] = typeof(AttendanceText),
        [nameof(ChallengeText)] = typeof(ChallengeText),
        [nameof(NotificationText)] = typeof(NotificationText),
        [nameof(ValidationText)] = typeof(ValidationText),
        [nameof(RadzenText)] = typeof(RadzenText),
    };

    /// <summary>Radzen's components ask for their own keys; no code of the app names them.</summary>
    private static readonly ResourceManager RadzenOwn = new("Radzen.Blazor.RadzenStrings", typeof(Radzen.ILocalizer).Assembly);

    private static readonly string[] Projects = ["ClimbClub.Web", "ClimbClub.Core"];

    /// <summary>The resources the app's own code reads, key by key.</summary>
    public static TheoryData<string> ResourceNames => [.. Resources.Keys.Where(r => r != nameof(RadzenText))];

    public static TheoryData<string> EveryResource => [.. Resources.Keys];

    [Theory]
    [MemberData(nameof(ResourceNames))]
    public void EveryKeyTheCodeAsksForExists(string resource)
    {
        var missing = KeysUsedInSource(resource).Concat(KeysBuiltAtRunTime(resource))
            .Distinct()
            .Where(key => Lookup(resource, key) is null)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(missing.Count == 0, $"{resource}.resx lacks: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(ResourceNames))]
    public void EveryKeyInTheResourcesIsUsed(string resource)
    {
        var used = KeysUsedInSource(resource).Concat(KeysBuiltAtRunTime(resource)).ToHashSet(StringComparer.Ordinal);
        var unused = AllKeys(resource).Where(key => !used.Contains(key)).Order(StringComparer.Ordinal).ToList();

        Assert.True(unused.Count == 0, $"{resource}.resx has keys no code uses: {string.Join(", ", unused)}");
    }

    [Fact]
    public void EveryRadzenTextIsOneRadzenAsksForWithTheSamePlaceholders()
    {
        var ours = Texts(nameof(RadzenText), CultureInfo.InvariantCulture);

        var unknown = ours.Keys.Where(key => RadzenOwn.GetString(key, CultureInfo.InvariantCulture) is null).Order(StringComparer.Ordinal).ToList();
        var otherPlaceholders = ours.Keys.Except(unknown)
            .Where(key => !Placeholders(ours[key]).SetEquals(Placeholders(RadzenOwn.GetString(key, CultureInfo.InvariantCulture)!)))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(ours);
        Assert.True(unknown.Count == 0, $"RadzenText.resx has keys Radzen never asks for: {string.Join(", ", unknown)}");
        Assert.True(otherPlaceholders.Count == 0, $"RadzenText.resx names other placeholders than Radzen in: {string.Join(", ", otherPlaceholders)}");
    }

    [Theory]
    [MemberData(nameof(EveryResource))]
    public void EveryTextIsInEnglishAndKoreanWithTheSamePlaceholders(string resource)
    {
        var english = Texts(resource, CultureInfo.InvariantCulture);
        var korean = Texts(resource, ClubCultures.Korean);

        var notInKorean = english.Keys.Except(korean.Keys).Order(StringComparer.Ordinal).ToList();
        var onlyInKorean = korean.Keys.Except(english.Keys).Order(StringComparer.Ordinal).ToList();
        var emptyInKorean = korean.Where(k => string.IsNullOrWhiteSpace(k.Value)).Select(k => k.Key).Order(StringComparer.Ordinal).ToList();
        var otherPlaceholders = english.Keys.Intersect(korean.Keys)
            .Where(key => !Placeholders(english[key]).SetEquals(Placeholders(korean[key])))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(notInKorean.Count == 0, $"{resource}.ko.resx lacks: {string.Join(", ", notInKorean)}");
        Assert.True(onlyInKorean.Count == 0, $"{resource}.resx lacks what the Korean has: {string.Join(", ", onlyInKorean)}");
        Assert.True(emptyInKorean.Count == 0, $"{resource}.ko.resx leaves empty: {string.Join(", ", emptyInKorean)}");
        Assert.True(otherPlaceholders.Count == 0, $"{resource}: the Korean names other placeholders in: {string.Join(", ", otherPlaceholders)}");
    }

    [Fact]
    public void TheLanguageCheckReadsKoreanOnly()
    {
        var korean = Texts(nameof(LayoutText), ClubCultures.Korean);

        Assert.Equal("순위표", korean["NavLeaderboard"]);
        Assert.DoesNotContain(korean.Values, v => v == "Leaderboard");
    }

    [Fact]
    public void TheSourceScanFindsTheKeysOfAKnownPage()
    {
        var keys = KeysUsedInSource(nameof(AccountText)).ToList();

        Assert.Contains("RegisterHeading", keys);
        Assert.Contains("CodeCooldown", keys);
    }

    private static IEnumerable<string> KeysBuiltAtRunTime(string resource) => resource switch
    {
        nameof(AccountText) => Avatars.Keys.Select(a => $"Avatar_{a}")
            .Concat(["StepEmail", "StepCode", "StepDetails", "StepApproval"]),
        nameof(AdminText) => ClubRoles.All.Select(r => $"Role{r}")
            .Concat(Enum.GetNames<MemberStatusFilter>().Select(s => $"Status{s}"))
            .Concat(AuditActions.All.Select(a => $"Action_{a}")),
        nameof(LayoutText) => ClubRoles.All.Select(r => $"Role{r}"),
        nameof(AttendanceText) => Enum.GetNames<AttendanceStatus>().Select(s => $"Status{s}"),
        nameof(NotificationText) => Enum.GetNames<NotificationKind>().Select(k => $"Kind_{k}")
            .Concat(NotificationKinds.Optional.Select(k => $"Choice_{k}")),
        _ => [],
    };

    private static IEnumerable<string> KeysUsedInSource(string resource)
    {
        foreach (var file in SourceFiles())
        {
            var text = File.ReadAllText(file);
            foreach (Match declaration in LocalizerDeclaration().Matches(text))
            {
                if (declaration.Groups["type"].Value != resource)
                {
                    continue;
                }

                // The validators declare a "text" parameter and use the base class's "Text" property.
                var indexer = new Regex($@"\b{declaration.Groups["name"].Value}\[(?<args>[^\]]*)\]", RegexOptions.IgnoreCase);
                foreach (Match use in indexer.Matches(text))
                {
                    foreach (Match literal in KeyLiteral().Matches(FirstArgument(use.Groups["args"].Value)))
                    {
                        yield return literal.Groups["key"].Value;
                    }
                }
            }
        }
    }

    /// <summary>The key expression: what comes before the first comma that is not inside parentheses.</summary>
    private static string FirstArgument(string arguments)
    {
        var depth = 0;
        for (var i = 0; i < arguments.Length; i++)
        {
            depth += arguments[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (arguments[i] == ',' && depth == 0)
            {
                return arguments[..i];
            }
        }

        return arguments;
    }

    private static IEnumerable<string> SourceFiles()
    {
        return Projects
            .SelectMany(project => Directory.EnumerateFiles(Path.Combine(SourceTree.Root, project), "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
    }

    private static ResourceManager Manager(string resource) => new(Resources[resource].FullName!, Resources[resource].Assembly);

    private static string? Lookup(string resource, string key) => Manager(resource).GetString(key, CultureInfo.InvariantCulture);

    private static IEnumerable<string> AllKeys(string resource) =>
        Manager(resource).GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)!
            .Cast<System.Collections.DictionaryEntry>()
            .Select(e => (string)e.Key);

    /// <summary>The texts of one language alone (no fallback to English), by key.</summary>
    private static Dictionary<string, string> Texts(string resource, CultureInfo culture) =>
        Manager(resource).GetResourceSet(culture, createIfNotExists: true, tryParents: false)?
            .Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal)
        ?? [];

    private static HashSet<string> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{[^{}]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"IStringLocalizer<(?<type>\w+)>\s+(?<name>\w+)")]
    private static partial Regex LocalizerDeclaration();

    // A plain string literal (not an interpolated one) inside the indexer: the key, or one of the keys of a ?: choice.
    [GeneratedRegex(@"(?<![$\w])""(?<key>[A-Za-z_][A-Za-z0-9_.-]*)""")]
    private static partial Regex KeyLiteral();
}
