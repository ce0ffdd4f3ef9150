namespace PurchasePlatform.Payments.Reconciliation;

/// <summary>What one pass of the <see cref="PaymentReconciler"/> did.</summary>
/// <param name="Succeeded">Payments the provider now answered as charged.</param>
/// <param name="Declined">Payments the provider now answered as declined.</param>
/// <param name="GivenUp">Payments failed with PROVIDER_TIMEOUT: the provider still did not answer after GiveUpAfter.</param>
/// <param name="StillUnreachable">Payments left processing for the next pass.</param>
/// <param name="AutoRefunded">Late charges of canceled orders refunded in full.</param>
public sealed record ReconciliationPass(int Succeeded, int Declined, int GivenUp, int StillUnreachable, int AutoRefunded)
{
    public static readonly ReconciliationPass Empty = new(0, 0, 0, 0, 0);

    public bool DidNothing => this == Empty;
}
