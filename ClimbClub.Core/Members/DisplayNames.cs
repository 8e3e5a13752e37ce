using System.Globalization;

namespace ClimbClub.Core.Members;

/// <summary>
/// What a display name may contain: letters of any script (Hangul included), digits, spaces between words and
/// a few joiners. No control characters, symbols or markup, so a name renders the same everywhere.
/// </summary>
public static class DisplayNames
{
    public const int MinLength = 2;
    public const int MaxLength = 20;

    /// <summary>
    /// Most UTF-16 units a name may take in storage: room for 20 characters as people type them (a Hangul syllable
    /// typed as jamo is three), but not for combining marks piled without end on a short name.
    /// </summary>
    public const int MaxStoredLength = MaxLength * 4;

    private static readonly char[] Joiners = [' ', '-', '_', '.', '\''];

    /// <summary>Length as a reader counts it: one per user-perceived character, so composed Hangul counts once.</summary>
    public static int Length(string name) => new StringInfo(name.Normalize()).LengthInTextElements;

    public static bool HasOnlyAllowedCharacters(string name) =>
        name.All(c => char.IsLetterOrDigit(c) || Joiners.Contains(c) || IsCombiningMark(c));

    public static bool IsTrimmed(string name) => name.Length == name.Trim().Length;

    public static bool HasLetter(string name) => name.Any(char.IsLetter);

    private static bool IsCombiningMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
