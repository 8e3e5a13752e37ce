using ClimbClub.Core.Members;
using ClimbClub.Core.Validation;
using Microsoft.Extensions.Localization;

namespace ClimbClub.Core.SignUp;

/// <summary>Last step of sign-up: the member's details and password. There is deliberately no role here.</summary>
public sealed class SignUpDetails : MemberDetails
{
    public string Password { get; set; } = "";

    public string ConfirmPassword { get; set; } = "";
}

public sealed class SignUpDetailsValidator : ClubValidator<SignUpDetails>
{
    public SignUpDetailsValidator(IStringLocalizer<ValidationText> text) : base(text)
    {
        Include(new MemberDetailsValidator(text));
        this.ForNewPassword(text, x => x.Password, x => x.ConfirmPassword);
    }
}
