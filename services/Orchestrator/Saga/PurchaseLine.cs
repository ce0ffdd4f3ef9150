namespace PurchasePlatform.Orchestrator.Saga;

/// <summary>One product of a purchase and how far the saga got with it.</summary>
public sealed class PurchaseLine
{
    public required string ProductId { get; init; }

    public required int Quantity { get; init; }

    public string Status { get; set; } = LineStatus.Pending;

    /// <summary>A reservation was asked for (whatever came back): it must be released when compensating.</summary>
    public bool ReserveAttempted { get; set; }

    public long? UnitPriceCents { get; set; }

    public string? Name { get; set; }
}
