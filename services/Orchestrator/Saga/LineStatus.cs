namespace PurchasePlatform.Orchestrator.Saga;

/// <summary>One product line's status in a purchase.</summary>
public static class LineStatus
{
    public const string Pending = "pending";
    public const string Reserved = "reserved";
    public const string OutOfStock = "out_of_stock";
    public const string Confirmed = "confirmed";
    public const string Released = "released";

    /// <summary>Was confirmed (sold), then put back to available by the compensation.</summary>
    public const string Returned = "returned";
}
