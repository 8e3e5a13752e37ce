using System.Security.Cryptography;
using System.Text;
using ClimbClub.Core.Validation;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ClimbClub.Core.Screen;

/// <summary>
/// Keys of the gym screen's kiosk links. A key is 256 random bits, so a plain SHA-256 is enough to store it:
/// unlike a short code it cannot be guessed from its hash.
/// </summary>
public static class KioskKeys
{
    public static string Generate() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}

/// <summary>An admin naming a new kiosk link, e.g. "TV at Main Hall".</summary>
public sealed class ScreenKeyInput
{
    public const int NameMinLength = 2;
    public const int NameMaxLength = 60;

    public string Name { get; set; } = "";
}

public sealed class ScreenKeyInputValidator : ClubValidator<ScreenKeyInput>
{
    public ScreenKeyInputValidator(IStringLocalizer<ValidationText> text) : base(text)
    {
        RuleFor(x => x.Name)
            .NotEmpty().WithMessage(_ => Text["ScreenKeyNameRequired"])
            .Must(n => n.Trim().Length is >= ScreenKeyInput.NameMinLength and <= ScreenKeyInput.NameMaxLength)
            .WithMessage(_ => Text["ScreenKeyNameLength", ScreenKeyInput.NameMinLength, ScreenKeyInput.NameMaxLength])
            .Must(n => TextRules.HasNoControlCharacters(n) && TextRules.HasNoMarkup(n)).WithMessage(_ => Text["NameCharacters"]);
    }
}
