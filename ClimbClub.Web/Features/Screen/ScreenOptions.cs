namespace ClimbClub.Web.Features.Screen;

/// <summary>Settings under "Screen".</summary>
public sealed class ScreenOptions
{
    public const string Section = "Screen";

    /// <summary>How long the gym screen shows each slide before it moves on to the next.</summary>
    public TimeSpan SlideInterval { get; set; } = TimeSpan.FromSeconds(12);
}
