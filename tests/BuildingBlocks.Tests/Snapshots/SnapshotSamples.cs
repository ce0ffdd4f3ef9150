using PurchasePlatform.BuildingBlocks.Snapshots;

namespace PurchasePlatform.BuildingBlocks.Tests.Snapshots;

internal static class SnapshotSamples
{
    public const string Secret = "kXTKenTjB0oSCvTxJx9ESOxA1idq6R4S";

    /// <summary>A snapshot with every kind of member: GUIDs, integers, strings, a null, nested objects and arrays.</summary>
    public static CartSnapshot Unsigned() => new(
        Guid.Parse("6f1c1a52-8d3e-4f57-9a43-2b8c7a0e5d11"),
        Guid.Parse("0b7e2d44-1c5a-4e8f-b6d2-93a1f0c4e7aa"),
        5,
        "USD",
        [
            new CartSnapshotItem("cart-item-001", "prod-001", "WH-001", "Wireless Headphones", "https://cdn.example.com/wh-001.jpg", 29999, 2, 59998),
            new CartSnapshotItem("cart-item-002", "prod-002", null, "Smart \"Watch\"\n", null, 39999, 1, 39999),
        ],
        new CartSnapshotTotals(2, 3, 99997, "USD"),
        new DateTimeOffset(2024, 1, 1, 0, 5, 0, 123, TimeSpan.Zero),
        "123e4567-e89b-12d3-a456-426614174000",
        new CartPricingSnapshot(99997, "SAVE20", "percentage", 2000, 19999, 800, 79998, 6400, 86398, "half-away-from-zero to the cent",
            [new CartPriceChange("prod-002", 42999, 39999)]));
}
