using FluentValidation;
using PurchasePlatform.Inventory.Apis;

namespace PurchasePlatform.Inventory.Validation;

public sealed class SetStockRequestValidator : AbstractValidator<SetStockRequest>
{
    public SetStockRequestValidator() =>
        RuleFor(request => request.Quantity).NotNull().WithMessage("Quantity is required")
            .GreaterThanOrEqualTo(0).WithMessage("Quantity must be 0 or more");
}

public sealed class PlaceFlashOrderRequestValidator : AbstractValidator<PlaceFlashOrderRequest>
{
    public PlaceFlashOrderRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(request => request.ProductId).ProductId();
        RuleFor(request => request.UserId).Key("User id");
        RuleFor(request => request.IdempotencyKey).Key("Idempotency key");
        RuleFor(request => request.Quantity).InclusiveBetween(1, InventoryRules.MaxFlashQuantity)
            .WithMessage($"Quantity must be between 1 and {InventoryRules.MaxFlashQuantity}");
    }
}

public sealed class ReserveStockRequestValidator : AbstractValidator<ReserveStockRequest>
{
    public ReserveStockRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(request => request.ProductId).ProductId();
        RuleFor(request => request.Key).Key("Key");
        RuleFor(request => request.Quantity).NotNull().WithMessage("Quantity is required")
            .GreaterThanOrEqualTo(1).WithMessage("Quantity must be 1 or more");
    }
}
