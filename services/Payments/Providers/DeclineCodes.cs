namespace PurchasePlatform.Payments.Providers;

/// <summary>The provider's decline codes, carried as <c>error_code</c> in payment_failed events.</summary>
public static class DeclineCodes
{
    public const string CardDeclined = "CARD_DECLINED";
    public const string InsufficientFunds = "INSUFFICIENT_FUNDS";

    /// <summary>Not the provider's: the reconciler gave up on a payment the provider never answered (Payments:Reconciliation:GiveUpAfter).</summary>
    public const string ProviderTimeout = "PROVIDER_TIMEOUT";
}
