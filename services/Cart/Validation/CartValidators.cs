using FluentValidation;
using PurchasePlatform.Cart.Apis;
using PurchasePlatform.Cart.Domain;

namespace PurchasePlatform.Cart.Validation;

public sealed class AddItemRequestValidator : AbstractValidator<AddItemRequest>
{
    public AddItemRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(request => request.ProductId).NotEmpty().WithMessage("Product ID is required")
            .MaximumLength(64).WithMessage("Product ID must be at most 64 characters").OverridePropertyName("productId");
        RuleFor(request => request.Quantity).Quantity();
    }
}

public sealed class UpdateItemRequestValidator : AbstractValidator<UpdateItemRequest>
{
    public UpdateItemRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(request => request.Quantity).Quantity();
    }
}

public sealed class ApplyCouponRequestValidator : AbstractValidator<ApplyCouponRequest>
{
    public ApplyCouponRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(request => request.CouponCode).NotEmpty().WithMessage("Coupon code is required")
            .MaximumLength(50).WithMessage("Coupon code must be at most 50 characters").OverridePropertyName("couponCode");
    }
}

internal static class QuantityRule
{
    public static void Quantity<T>(this IRuleBuilderInitial<T, int?> rule) =>
        rule.NotNull().WithMessage("Quantity is required")
            .InclusiveBetween(1, ShoppingCart.MaxQuantityPerLine).WithMessage($"Quantity must be between 1 and {ShoppingCart.MaxQuantityPerLine}")
            .OverridePropertyName("quantity");
}
