using ClimbClub.Core;
using ClimbClub.Core.Validation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ClimbClub.Tests.Core;

/// <summary>The validators' messages as the app words them: read from ValidationText.resx, not stubbed.</summary>
internal static class CoreText
{
    public static IStringLocalizer<ValidationText> Localizer { get; } = new StringLocalizer<ValidationText>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    /// <summary>Asserts the input was refused for exactly one reason, on <paramref name="field"/>, in the English words given.</summary>
    public static void AssertRefused(IReadOnlyList<OutcomeError> errors, string field, string words)
    {
        var error = Assert.Single(errors);
        Assert.Equal(field, error.Field);
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
    }
}
