using FluentValidation;
using PurchasePlatform.Identity.Apis.Auth;

namespace PurchasePlatform.Identity.Validation;

public sealed class RegisterRequestValidator : IdentityValidator<RegisterRequest>
{
    public RegisterRequestValidator()
    {
        RuleFor(request => request.Email).ValidEmail();
        RuleFor(request => request.Password).StrongPassword();
        RuleFor(request => request.FirstName).PersonName("First name");
        RuleFor(request => request.LastName).PersonName("Last name");
        RuleFor(request => request.PhoneNumber).E164Phone();
    }
}

public sealed class LoginRequestValidator : IdentityValidator<LoginRequest>
{
    public LoginRequestValidator()
    {
        RuleFor(request => request.Email).ValidEmail();
        RuleFor(request => request.Password).GivenPassword();
    }
}

public sealed class RefreshRequestValidator : IdentityValidator<RefreshRequest>
{
    public RefreshRequestValidator() => RuleFor(request => request.RefreshToken).OpaqueToken("Refresh token");
}

public sealed class LogoutRequestValidator : IdentityValidator<LogoutRequest>
{
    public LogoutRequestValidator() => RuleFor(request => request.RefreshToken).OpaqueToken("Refresh token");
}

public sealed class VerifyEmailRequestValidator : IdentityValidator<VerifyEmailRequest>
{
    public VerifyEmailRequestValidator()
    {
        RuleFor(request => request.Email).ValidEmail();
        RuleFor(request => request.Token).OpaqueToken("Token");
    }
}
