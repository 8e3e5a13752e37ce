namespace ClimbClub.Core.Export;

/// <summary>
/// Writes CSV as RFC 4180 reads it (comma-separated, CRLF, quotes doubled inside quoted fields) and as spreadsheets
/// open it safely: text a spreadsheet would run as a formula gets a leading apostrophe.
/// </summary>
public static class Csv
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    /// <summary>One record, ending with CRLF.</summary>
    public static string Line(params IEnumerable<string?> fields) => string.Join(',', fields.Select(Field)) + "\r\n";

    /// <summary>One field: neutralised if it could be taken for a formula, quoted if it holds a separator, quote or line break.</summary>
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny(NeedsQuotes) >= 0 || value[0] == ' ' || value[^1] == ' '
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }
}
