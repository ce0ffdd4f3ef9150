namespace PurchasePlatform.Payments.Processing;

/// <summary>Who asks the provider for a charge: it decides what an unreachable provider, or a success, leads to.</summary>
public enum ChargeAttempt
{
    /// <summary>A request, first or retried with its key: an unreachable provider releases the claim for the next retry.</summary>
    Request,

    /// <summary>The reconciler: as a request, and a success is marked for the check of its order.</summary>
    Reconciliation,

    /// <summary>The reconciler after <c>Payments:Reconciliation:GiveUpAfter</c>: an unreachable provider fails the payment.</summary>
    FinalReconciliation,
}
