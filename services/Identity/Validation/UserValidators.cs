using FluentValidation;
using PurchasePlatform.Identity.Apis.Users;

namespace PurchasePlatform.Identity.Validation;

public sealed class UpdateProfileRequestValidator : IdentityValidator<UpdateProfileRequest>
{
    public UpdateProfileRequestValidator(TimeProvider clock)
    {
        RuleFor(request => request.FirstName).PersonName("First name");
        RuleFor(request => request.LastName).PersonName("Last name");
        RuleFor(request => request.PhoneNumber).E164Phone();
        RuleFor(request => request.DateOfBirth)
            .Must(date => date is null || (date.Value.Year >= 1900 && date.Value < DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)))
            .WithMessage("Date of birth must be a past date after 1900");
    }
}

public sealed class ChangePasswordRequestValidator : IdentityValidator<ChangePasswordRequest>
{
    public ChangePasswordRequestValidator()
    {
        RuleFor(request => request.CurrentPassword).GivenPassword("Current password");
        RuleFor(request => request.NewPassword).StrongPassword("New password");
        RuleFor(request => request.ConfirmPassword)
            .NotEmpty().WithMessage("Confirm password is required")
            .Equal(request => request.NewPassword).WithMessage("Passwords do not match");
    }
}

public sealed class ForgotPasswordRequestValidator : IdentityValidator<ForgotPasswordRequest>
{
    public ForgotPasswordRequestValidator() => RuleFor(request => request.Email).ValidEmail();
}

public sealed class ResetPasswordRequestValidator : IdentityValidator<ResetPasswordRequest>
{
    public ResetPasswordRequestValidator()
    {
        RuleFor(request => request.Email).ValidEmail();
        RuleFor(request => request.Token).OpaqueToken("Token");
        RuleFor(request => request.NewPassword).StrongPassword("New password");
        RuleFor(request => request.ConfirmPassword)
            .NotEmpty().WithMessage("Confirm password is required")
            .Equal(request => request.NewPassword).WithMessage("Passwords do not match");
    }
}

public sealed class AddressRequestValidator : IdentityValidator<AddressRequest>
{
    public AddressRequestValidator()
    {
        RuleFor(request => request.Street).Text("Street", 200);
        RuleFor(request => request.City).Text("City", 100);
        RuleFor(request => request.State)
            .MaximumLength(100).WithMessage("State must be at most 100 characters")
            .Must(state => state is null || !state.Any(char.IsControl)).WithMessage("State must not contain control characters");
        RuleFor(request => request.ZipCode).Text("Zip code", 20);
        RuleFor(request => request.Country).Text("Country", 100);
    }
}
