using System.Text.RegularExpressions;
using FluentValidation;

namespace PurchasePlatform.Identity.Validation;

/// <summary>The field rules Identity's requests share.</summary>
public static partial class Rules
{
    public const int MaxEmailLength = 254;
    public const int MinPasswordLength = 8;
    public const int MaxPasswordLength = 128;
    public const int MaxNameLength = 100;
    public const int MaxTokenLength = 200;

    /// <summary>Required, at most 254 characters, and shaped like local@domain.tld: no spaces, quotes or SQL punctuation in the domain.</summary>
    public static IRuleBuilderOptions<T, string?> ValidEmail<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("Email is required")
            .MaximumLength(MaxEmailLength).WithMessage($"Email must be at most {MaxEmailLength} characters")
            .Matches(EmailPattern()).WithMessage("Email format is invalid");

    /// <summary>At least 8 and at most 128 characters, with an upper-case letter, a lower-case letter, a digit and a symbol.</summary>
    public static IRuleBuilderOptions<T, string?> StrongPassword<T>(this IRuleBuilder<T, string?> rule, string name = "Password") =>
        rule.NotEmpty().WithMessage($"{name} is required")
            .MinimumLength(MinPasswordLength).WithMessage($"{name} must be at least {MinPasswordLength} characters")
            .MaximumLength(MaxPasswordLength).WithMessage($"{name} must be at most {MaxPasswordLength} characters")
            .Must(password => password is null || password.Any(char.IsUpper)).WithMessage($"{name} must contain an upper-case letter")
            .Must(password => password is null || password.Any(char.IsLower)).WithMessage($"{name} must contain a lower-case letter")
            .Must(password => password is null || password.Any(char.IsDigit)).WithMessage($"{name} must contain a digit")
            .Must(password => password is null || password.Any(c => !char.IsLetterOrDigit(c) && !char.IsWhiteSpace(c)))
            .WithMessage($"{name} must contain a symbol");

    /// <summary>A password the user already has: only its presence and length are checked.</summary>
    public static IRuleBuilderOptions<T, string?> GivenPassword<T>(this IRuleBuilder<T, string?> rule, string name = "Password") =>
        rule.NotEmpty().WithMessage($"{name} is required")
            .MaximumLength(MaxPasswordLength).WithMessage($"{name} must be at most {MaxPasswordLength} characters");

    /// <summary>Required, at most 100 characters, letters with spaces, apostrophes, hyphens and dots between them.</summary>
    public static IRuleBuilderOptions<T, string?> PersonName<T>(this IRuleBuilder<T, string?> rule, string name) =>
        rule.NotEmpty().WithMessage($"{name} is required")
            .MaximumLength(MaxNameLength).WithMessage($"{name} must be at most {MaxNameLength} characters")
            .Matches(NamePattern()).WithMessage($"{name} may contain only letters, spaces, apostrophes, hyphens and dots");

    /// <summary>E.164: "+", a country code and up to 15 digits in all.</summary>
    public static IRuleBuilderOptions<T, string?> E164Phone<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Matches(PhonePattern()).WithMessage("Phone number must be in E.164 format, e.g. +1234567890");

    public static IRuleBuilderOptions<T, string?> Text<T>(this IRuleBuilder<T, string?> rule, string name, int maxLength) =>
        rule.NotEmpty().WithMessage($"{name} is required")
            .MaximumLength(maxLength).WithMessage($"{name} must be at most {maxLength} characters")
            .Must(text => text is null || !text.Any(char.IsControl)).WithMessage($"{name} must not contain control characters");

    /// <summary>Optional; 3 to 50 letters, digits, dots, underscores and hyphens.</summary>
    public static IRuleBuilderOptions<T, string?> Username<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Length(3, 50).WithMessage("Username must be 3 to 50 characters")
            .Matches(UsernamePattern()).WithMessage("Username may contain only letters, digits, dots, underscores and hyphens");

    public static IRuleBuilderOptions<T, string?> OpaqueToken<T>(this IRuleBuilder<T, string?> rule, string name) =>
        rule.NotEmpty().WithMessage($"{name} is required")
            .MaximumLength(MaxTokenLength).WithMessage($"{name} must be at most {MaxTokenLength} characters");

    [GeneratedRegex(@"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\p{L}[\p{L}\p{M}' .-]*$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^[A-Za-z0-9._-]+$")]
    private static partial Regex UsernamePattern();

    [GeneratedRegex(@"^\+[1-9][0-9]{1,14}$")]
    private static partial Regex PhonePattern();
}
