namespace ClimbClub.Core.SignUp;

/// <summary>The club's password policy: at least 8 characters with a letter, a digit and a symbol.</summary>
public static class PasswordRules
{
    public const int MinLength = 8;
    public const int MaxLength = 128;

    public static bool HasLetter(string password) => password.Any(char.IsLetter);

    public static bool HasDigit(string password) => password.Any(char.IsDigit);

    public static bool HasSymbol(string password) => password.Any(c => !char.IsLetterOrDigit(c) && !char.IsWhiteSpace(c));
}
