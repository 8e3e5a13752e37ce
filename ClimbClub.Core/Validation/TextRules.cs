namespace ClimbClub.Core.Validation;

/// <summary>Checks shared by free-text fields.</summary>
public static class TextRules
{
    /// <summary>True when the text has no control characters, apart from line breaks and tabs where allowed.</summary>
    public static bool HasNoControlCharacters(string? text, bool allowLineBreaks = false) =>
        text is null || text.All(c => !char.IsControl(c) || (allowLineBreaks && c is '\n' or '\r' or '\t'));

    public static bool HasNoMarkup(string? text) => text is null || text.IndexOfAny(['<', '>']) < 0;
}
