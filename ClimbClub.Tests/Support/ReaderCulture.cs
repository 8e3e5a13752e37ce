using System.Globalization;

namespace ClimbClub.Tests.Support;

/// <summary>Reads as someone in the given language would until disposed: texts, dates and numbers in that language.</summary>
public sealed class ReaderCulture : IDisposable
{
    private readonly CultureInfo ui = CultureInfo.CurrentUICulture;
    private readonly CultureInfo formats = CultureInfo.CurrentCulture;

    public ReaderCulture(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
    }

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = ui;
        CultureInfo.CurrentCulture = formats;
    }
}
