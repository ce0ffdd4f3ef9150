using FluentValidation;
using PurchasePlatform.BuildingBlocks.Errors;
using PurchasePlatform.Payments.Domain;
using PurchasePlatform.Payments.Validation;

namespace PurchasePlatform.Payments.Apis.Internal;

public sealed class CreatePaymentRequestValidator : AbstractValidator<CreatePaymentRequest>
{
    public CreatePaymentRequestValidator()
    {
        RuleFor(request => request.OrderId).OrderId();
        RuleFor(request => request.UserId).NotNull().NotEqual(Guid.Empty);
        RuleFor(request => request.Currency).SupportedCurrency();
        RuleFor(request => request.Amount).ChargeableAmount(request => request.Currency);
        RuleFor(request => request.PaymentMethod).NotNull().SetValidator(new PaymentMethodInputValidator()!);
    }
}

public sealed class PaymentMethodInputValidator : AbstractValidator<PaymentMethodInput>
{
    private static readonly string[] CardTypes = ["credit_card", "debit_card", "card"];
    private static readonly string[] Types = [.. CardTypes, SavedMethods.SavedType, SavedMethods.DefaultType];

    public PaymentMethodInputValidator()
    {
        RuleFor(method => method.Type).NotEmpty().Must(type => Types.Contains(type)).WithErrorCode(ErrorCodes.ValidationError)
            .WithMessage("Type must be credit_card, debit_card, card, saved or default");
        When(method => method.Type == SavedMethods.SavedType, () =>
            RuleFor(method => method.MethodId).NotEmpty().WithErrorCode(ErrorCodes.RequiredField)
                .Matches("^pm-[A-Za-z0-9]{1,60}$").WithErrorCode(ErrorCodes.InvalidFormat).WithMessage("Method id must be a saved method id (pm-...)"));
        When(method => CardTypes.Contains(method.Type), CardRules);
    }

    private void CardRules()
    {
        RuleFor(method => method).Must(method => !string.IsNullOrWhiteSpace(method.Token) || !string.IsNullOrWhiteSpace(method.CardNumber))
            .WithName("token").WithErrorCode(ErrorCodes.RequiredField).WithMessage("Either a token or a card number is required");
        RuleFor(method => method.Token).MaximumLength(64);
        When(method => string.IsNullOrWhiteSpace(method.Token) && !string.IsNullOrWhiteSpace(method.CardNumber), () =>
        {
            RuleFor(method => method.CardNumber).Matches("^[0-9]{12,19}$").WithMessage("Card number must be 12 to 19 digits");
            RuleFor(method => method.ExpiryMonth).NotEmpty().Must(month => int.TryParse(month, out var m) && m is >= 1 and <= 12)
                .WithErrorCode(ErrorCodes.InvalidFormat).WithMessage("Expiry month must be 1 to 12");
            RuleFor(method => method.ExpiryYear).NotEmpty().Must(year => int.TryParse(year, out var y) && y is >= 2000 and <= 2100)
                .WithErrorCode(ErrorCodes.InvalidFormat).WithMessage("Expiry year must be a four-digit year");
        });
    }
}

public sealed class InternalRefundRequestValidator : AbstractValidator<InternalRefundRequest>
{
    public InternalRefundRequestValidator()
    {
        RuleFor(request => request.Amount).GreaterThan(0).LessThanOrEqualTo(Money.MaxAmount).When(request => request.Amount is not null);
        RuleFor(request => request.Reason).MaximumLength(500);
    }
}
