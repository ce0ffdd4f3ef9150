namespace PurchasePlatform.Inventory.Domain;

/// <summary>The persisted form of a <see cref="StockLedger"/>: plain data, so any JSON state store can hold it.</summary>
public sealed record StockSnapshot
{
    public int Available { get; init; }
    public int Reserved { get; init; }
    public int Sold { get; init; }
    public long Version { get; init; }
    public IReadOnlyList<Reservation> Reservations { get; init; } = [];

    /// <summary>Keys whose first reserve attempt was refused for lack of stock, with the quantity they asked for.</summary>
    public IReadOnlyDictionary<string, int> SoldOutKeys { get; init; } = new Dictionary<string, int>();
}
