using System.Globalization;
using System.Resources;
using Radzen;

namespace ClimbClub.Web.Localization;

/// <summary>
/// The words Radzen's own components speak (a date picker's buttons, a pager's summary, a dialog's OK), from
/// RadzenText.resx in the reader's language. A key the resources lack keeps Radzen's English.
/// </summary>
public sealed class RadzenText : ILocalizer
{
    private static readonly ResourceManager Texts = new(typeof(RadzenText));

    public string? Get(string key, CultureInfo culture) => Texts.GetString(key, culture);
}
