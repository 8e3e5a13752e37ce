using System.Globalization;
using ClimbClub.Web.Localization;

namespace ClimbClub.Tests.Components;

/// <summary>How pages write what the club counts by, in the reader's language.</summary>
public sealed class FormatsTests
{
    [Theory]
    [InlineData("en", 12, "Gen 12")]
    [InlineData("en-US", 3, "Gen 3")]
    [InlineData("ko", 12, "12기")]
    [InlineData("ko-KR", 101, "101기")]
    public void AGenerationIsWrittenAsTheClubWritesItInTheReadersLanguage(string culture, int number, string label)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            Assert.Equal(label, Formats.Generation(number));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }
}
