using FluentValidation;
using PurchasePlatform.Orders.Domain;

namespace PurchasePlatform.Orders.Apis.Public;

/// <summary>Seed 003's create body; the items, prices and coupon come from the caller's cart.</summary>
public sealed record CreateOrderRequest(string? ShippingAddressId, string? BillingAddressId, string? PaymentMethodId, string? CouponCode, string? Notes);

public sealed record CancelOrderRequest(string? Reason);

public sealed record UpdateOrderStatusRequest(string? Status, string? Note, string? TrackingNumber, string? Carrier);

internal sealed class CreateOrderRequestValidator : AbstractValidator<CreateOrderRequest>
{
    public CreateOrderRequestValidator()
    {
        RuleFor(request => request.ShippingAddressId).MaximumLength(128);
        RuleFor(request => request.BillingAddressId).MaximumLength(128);
        RuleFor(request => request.PaymentMethodId).MaximumLength(128);
        RuleFor(request => request.CouponCode).MaximumLength(64);
        RuleFor(request => request.Notes).MaximumLength(1000);
    }
}

internal sealed class CancelOrderRequestValidator : AbstractValidator<CancelOrderRequest>
{
    public CancelOrderRequestValidator()
    {
        RuleFor(request => request.Reason).MaximumLength(500);
    }
}

internal sealed class UpdateOrderStatusRequestValidator : AbstractValidator<UpdateOrderStatusRequest>
{
    public UpdateOrderStatusRequestValidator()
    {
        RuleFor(request => request.Status).NotEmpty().Must(OrderStatusNames.IsKnown)
            .WithMessage("Status must be one of pending, paid, processing, shipped, delivered, cancelled");
        RuleFor(request => request.Note).MaximumLength(500);
        RuleFor(request => request.TrackingNumber).MaximumLength(128);
        RuleFor(request => request.Carrier).MaximumLength(64);
    }
}
