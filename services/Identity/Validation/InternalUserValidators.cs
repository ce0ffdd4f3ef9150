using FluentValidation;
using PurchasePlatform.Identity.Apis.InternalUsers;

namespace PurchasePlatform.Identity.Validation;

// Field names are 002's snake_case ones, as the body spells them.

public sealed class CreateUserRequestValidator : IdentityValidator<CreateUserRequest>
{
    public CreateUserRequestValidator()
    {
        RuleFor(request => request.Email).ValidEmail().OverridePropertyName("email");
        RuleFor(request => request.Username).Username().OverridePropertyName("username");
        RuleFor(request => request.Password).StrongPassword().OverridePropertyName("password");
        RuleFor(request => request.FirstName).PersonName("First name").OverridePropertyName("first_name");
        RuleFor(request => request.LastName).PersonName("Last name").OverridePropertyName("last_name");
        RuleFor(request => request.Phone).E164Phone().OverridePropertyName("phone");
    }
}

public sealed class UpdateUserRequestValidator : IdentityValidator<UpdateUserRequest>
{
    public UpdateUserRequestValidator()
    {
        RuleFor(request => request.FirstName).PersonName("First name").When(request => request.FirstName is not null).OverridePropertyName("first_name");
        RuleFor(request => request.LastName).PersonName("Last name").When(request => request.LastName is not null).OverridePropertyName("last_name");
        RuleFor(request => request.Phone).E164Phone().OverridePropertyName("phone");
    }
}

public sealed class VerifyUserRequestValidator : IdentityValidator<VerifyUserRequest>
{
    public VerifyUserRequestValidator() =>
        RuleFor(request => request.VerificationToken).OpaqueToken("Verification token").OverridePropertyName("verification_token");
}
