using FluentValidation;
using PurchasePlatform.BuildingBlocks.Errors;
using PurchasePlatform.Payments.Domain;

namespace PurchasePlatform.Payments.Validation;

public static class PaymentRules
{
    public static IRuleBuilderOptions<T, string?> OrderId<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(64);

    public static IRuleBuilderOptions<T, string?> SupportedCurrency<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().Must(Currencies.IsSupported).WithErrorCode(ErrorCodes.InvalidFormat)
            .WithMessage("Currency must be a supported ISO 4217 code in capitals, e.g. USD");

    /// <summary>Positive, at most <see cref="Money.MaxAmount"/>, and no finer than the currency's minor unit (0.01 for USD).</summary>
    public static IRuleBuilderOptions<T, decimal?> ChargeableAmount<T>(this IRuleBuilder<T, decimal?> rule, Func<T, string?> currency) =>
        rule.NotNull()
            .GreaterThan(0)
            .LessThanOrEqualTo(Money.MaxAmount)
            .Must((request, amount) => amount is null || !Currencies.IsSupported(currency(request)) || Money.ToMinorUnits(amount.Value, currency(request)!) is not null)
            .WithErrorCode(ErrorCodes.InvalidFormat)
            .WithMessage("Amount has more decimals than the currency allows");
}
