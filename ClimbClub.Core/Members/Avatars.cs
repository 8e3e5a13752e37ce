namespace ClimbClub.Core.Members;

/// <summary>The preset avatars a member picks from. Each key names an image under wwwroot/avatars.</summary>
public static class Avatars
{
    public static IReadOnlyList<string> Keys { get; } =
        ["peak", "boulder", "jug", "carabiner", "chalk", "flame", "moon", "wave"];

    public static string Default => Keys[0];

    public static bool IsKnown(string? key) => key is not null && Keys.Contains(key, StringComparer.Ordinal);

    public static string ImagePath(string? key) => $"avatars/{(IsKnown(key) ? key : Default)}.svg";
}
