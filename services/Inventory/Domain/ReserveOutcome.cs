namespace PurchasePlatform.Inventory.Domain;

/// <summary>
/// What a reserve call decided. A repeated key gets the first outcome back unchanged except for
/// <see cref="IsDuplicate"/>, even if the reservation has since been confirmed, released or expired.
/// </summary>
public sealed record ReserveOutcome(
    ReserveResult Result,
    string Key,
    int Quantity,
    DateTimeOffset? ExpiresAt,
    bool IsDuplicate = false);
