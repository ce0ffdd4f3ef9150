using FluentValidation;
using PurchasePlatform.BuildingBlocks.Errors;
using PurchasePlatform.Payments.Domain;
using PurchasePlatform.Payments.Validation;

namespace PurchasePlatform.Payments.Apis.V1;

public sealed class ProcessPaymentRequestValidator : AbstractValidator<ProcessPaymentRequest>
{
    public ProcessPaymentRequestValidator()
    {
        RuleFor(request => request.OrderId).OrderId();
        RuleFor(request => request.PaymentMethodId).NotEmpty().MaximumLength(64);
        RuleFor(request => request.Currency).SupportedCurrency();
        RuleFor(request => request.Amount).ChargeableAmount(request => request.Currency);
        RuleFor(request => request.PaymentGateway).MaximumLength(32);
        RuleFor(request => request.ReturnUrl).MaximumLength(2048);
        RuleFor(request => request.CancelUrl).MaximumLength(2048);
    }
}

public sealed class RefundPaymentRequestValidator : AbstractValidator<RefundPaymentRequest>
{
    public RefundPaymentRequestValidator()
    {
        RuleFor(request => request.Amount).GreaterThan(0).LessThanOrEqualTo(Money.MaxAmount).When(request => request.Amount is not null);
        RuleFor(request => request.Reason).MaximumLength(500);
    }
}

public sealed class AddPaymentMethodRequestValidator : AbstractValidator<AddPaymentMethodRequest>
{
    public AddPaymentMethodRequestValidator()
    {
        RuleFor(request => request.Type).NotEmpty().Equal("card").WithErrorCode(ErrorCodes.ValidationError).WithMessage("Only the type 'card' is supported");
        RuleFor(request => request.CardToken).NotEmpty().MaximumLength(64);
    }
}
