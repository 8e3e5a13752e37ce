namespace ClimbClub.Web.Components.Shared;

/// <summary>A value with the text a drop-down shows for it.</summary>
public sealed record Option<T>(T Value, string Text);
