namespace PurchasePlatform.Orchestrator.Saga;

/// <summary>How the customer pays: a saved method of theirs at Payments (<c>pm-...</c>) or a provider token (<c>tok_...</c>).</summary>
public static class PaymentChoice
{
    public static bool IsProviderToken(string paymentMethodId) => paymentMethodId.StartsWith("tok_", StringComparison.Ordinal);

    public static bool IsSavedMethod(string paymentMethodId) => paymentMethodId.StartsWith("pm-", StringComparison.Ordinal);

    public static bool IsValid(string? paymentMethodId) =>
        paymentMethodId is { Length: > 3 and <= 64 } && (IsProviderToken(paymentMethodId) || IsSavedMethod(paymentMethodId))
        && paymentMethodId.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
