using FluentValidation;

namespace PurchasePlatform.Identity.Validation;

/// <summary>Reports the first broken rule of each field, not every rule that follows from it ("required" and "too short").</summary>
public abstract class IdentityValidator<T> : AbstractValidator<T>
{
    protected IdentityValidator() => RuleLevelCascadeMode = CascadeMode.Stop;
}
