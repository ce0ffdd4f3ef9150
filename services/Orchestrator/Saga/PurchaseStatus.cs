namespace PurchasePlatform.Orchestrator.Saga;

/// <summary>A purchase's status as the API and the events spell it.</summary>
public static class PurchaseStatus
{
    public const string Pending = "pending";
    public const string Reserving = "reserving";
    public const string Ordering = "ordering";
    public const string Paying = "paying";
    public const string Confirming = "confirming";
    public const string Completed = "completed";

    /// <summary>Undoing what was done after a failure.</summary>
    public const string Compensating = "compensating";

    /// <summary>Undoing what was done because the customer cancelled.</summary>
    public const string Cancelling = "cancelling";

    public const string Cancelled = "cancelled";
    public const string Failed = "failed";

    public static bool IsFinal(string status) => status is Completed or Cancelled or Failed;
}
