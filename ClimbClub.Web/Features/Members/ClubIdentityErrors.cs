using ClimbClub.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace ClimbClub.Web.Features.Members;

/// <summary>
/// Identity's own messages that can reach a member on the sign-up, change and reset password forms, in the club's
/// words. The forms check the club's password rules first, so only these remain: a wrong current password, a digit
/// Identity does not count (it takes only 0 to 9), and a save that raced another change to the account.
/// </summary>
internal sealed class ClubIdentityErrors(IStringLocalizer<AccountText> text) : IdentityErrorDescriber
{
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), text["WrongPassword"]);

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), text["PasswordNeedsPlainDigit"]);

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), text["AccountChangedMeanwhile"]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
