namespace PurchasePlatform.Inventory.Actors;

/// <summary>Bound from the "Inventory:Reservations" configuration section.</summary>
public sealed class ReservationOptions
{
    public const string SectionName = "Inventory:Reservations";

    /// <summary>How long a reservation holds stock before it is released unless confirmed.</summary>
    public TimeSpan HoldFor { get; set; } = TimeSpan.FromMinutes(15);
}
