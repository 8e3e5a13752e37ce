using System.Text;
using System.Text.RegularExpressions;

namespace ClimbClub.Tests.Support;

/// <summary>One message the app wrote to its pickup folder, decoded.</summary>
public sealed partial record Mail(string To, string Subject, string Body, string Path)
{
    /// <summary>The 6-digit sign-up code in the body, if any.</summary>
    public string? Code => SixDigits().Match(Body) is { Success: true } m ? m.Value : null;

    public IReadOnlyList<string> Links => Link().Matches(Body).Select(m => m.Value).ToList();

    [GeneratedRegex(@"(?<!\d)\d{6}(?!\d)")]
    private static partial Regex SixDigits();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}

/// <summary>Reads the .eml files the app's embedded mail sender writes, the way a mail client would.</summary>
public sealed partial class MailFolder(string path)
{
    public string Path { get; } = path;

    public IReadOnlyList<Mail> All() =>
        Directory.Exists(Path)
            ? Directory.EnumerateFiles(Path, "*.eml").Order(StringComparer.Ordinal).Select(Read).ToList()
            : [];

    public IReadOnlyList<Mail> To(string address) =>
        All().Where(m => string.Equals(m.To, address, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>Waits for the <paramref name="count"/>-th message to <paramref name="address"/> and returns it.</summary>
    public async Task<Mail> WaitForAsync(string address, int count = 1, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var mails = To(address);
            if (mails.Count >= count)
            {
                return mails[count - 1];
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No mail #{count} to {address} in {Path}; found {mails.Count}.");
            }

            await Task.Delay(100);
        }
    }

    public static Mail Read(string file)
    {
        var text = File.ReadAllText(file);
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = ParseHeaders(text[..split]);
        var body = text[(split + 4)..];
        body = headers.GetValueOrDefault("content-transfer-encoding", "").ToLowerInvariant() switch
        {
            "quoted-printable" => DecodeQuotedPrintable(body),
            "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(body.Replace("\r\n", "", StringComparison.Ordinal))),
            _ => body,
        };
        var to = headers.GetValueOrDefault("to", "").Trim().Trim('<', '>');
        return new Mail(to, DecodeWords(headers.GetValueOrDefault("subject", "")), body.Replace("\r\n", "\n", StringComparison.Ordinal), file);
    }

    private static Dictionary<string, string> ParseHeaders(string block)
    {
        var unfolded = block.Replace("\r\n ", " ", StringComparison.Ordinal).Replace("\r\n\t", " ", StringComparison.Ordinal);
        return unfolded.Split("\r\n")
            .Select(l => l.Split(':', 2))
            .Where(p => p.Length == 2)
            .GroupBy(p => p[0].Trim().ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.First()[1].Trim());
    }

    private static string DecodeQuotedPrintable(string body)
    {
        var bytes = new List<byte>();
        var raw = body.Replace("=\r\n", "", StringComparison.Ordinal);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '=' && i + 2 < raw.Length && Uri.IsHexDigit(raw[i + 1]) && Uri.IsHexDigit(raw[i + 2]))
            {
                bytes.Add(Convert.ToByte(raw.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(raw[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    private static string DecodeWords(string value) =>
        EncodedWord().Replace(value, m => m.Groups["enc"].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
            ? Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups["text"].Value))
            : DecodeQuotedPrintable(m.Groups["text"].Value.Replace('_', ' '))).Replace("?= =?", "", StringComparison.Ordinal);

    [GeneratedRegex(@"=\?utf-8\?(?<enc>[BQ])\?(?<text>[^?]*)\?=\s*", RegexOptions.IgnoreCase)]
    private static partial Regex EncodedWord();
}
