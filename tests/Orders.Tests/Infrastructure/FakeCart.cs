using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using PurchasePlatform.BuildingBlocks.Snapshots;
using PurchasePlatform.Orders.Infrastructure.Cart;

namespace PurchasePlatform.Orders.Tests.Infrastructure;

/// <summary>Stands in for the cart app: the snapshot each user's cart would give, signed with the test secret.</summary>
public sealed class FakeCart : ICartSnapshotSource
{
    private readonly ConcurrentDictionary<string, CartSnapshotAnswer> _answers = new();

    public List<(string UserId, string? Token)> Calls { get; } = [];

    public void Holds(string userId, params CartSnapshotItem[] items) =>
        _answers[userId] = CartSnapshotAnswer.Taken(Snapshots.Signed(userId, items));

    public void Refuses(string userId, int statusCode, string code, string message) =>
        _answers[userId] = new CartSnapshotAnswer(null, statusCode, code, message);

    private Func<Task>? meanwhileOnce;

    /// <summary>Runs <paramref name="what"/> once, inside the next checkout, before Cart answers it: what another request did meanwhile.</summary>
    public void Meanwhile(Func<Task> what) => meanwhileOnce = what;

    public async Task<CartSnapshotAnswer> TakeAsync(string userId, string? bearerToken, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref meanwhileOnce, null) is { } meanwhile) await meanwhile();
        lock (Calls) Calls.Add((userId, bearerToken));
        var answer = _answers.GetValueOrDefault(userId) ?? new CartSnapshotAnswer(null, 400, "CART_EMPTY", "The cart is empty");
        // A fresh snapshot per call, as Cart takes one per checkout.
        return answer.Snapshot is { } snapshot
            ? CartSnapshotAnswer.Taken(Snapshots.Resigned(snapshot))
            : answer;
    }
}

public static class Snapshots
{
    public const string Secret = "test-snapshot-secret";

    public static CartSnapshotItem Item(string productId, string title, long unitPriceCents, int quantity, string? sku = null) =>
        new(Guid.NewGuid().ToString("N"), productId, sku, title, null, unitPriceCents, quantity, unitPriceCents * quantity);

    public static JsonObject Signed(string userId, params CartSnapshotItem[] items)
    {
        var subtotal = items.Sum(item => item.LineTotalCents);
        var tax = subtotal * 8 / 100;
        var snapshot = new CartSnapshot(Guid.NewGuid(), Guid.NewGuid(), 3, "USD", items,
            new CartSnapshotTotals(items.Length, items.Sum(item => item.Quantity), subtotal, "USD"),
            new DateTimeOffset(2026, 1, 2, 3, 4, 5, 678, TimeSpan.Zero), userId,
            new CartPricingSnapshot(subtotal, null, null, null, 0, 800, subtotal, tax, subtotal + tax, "half-up", []));
        return CartSnapshotJson.ToNode(CartSnapshotSigner.Sign(snapshot, Secret));
    }

    public static JsonObject Resigned(JsonObject snapshot)
    {
        var copy = CartSnapshotJson.Read(snapshot)!;
        return CartSnapshotJson.ToNode(CartSnapshotSigner.Sign(copy with { SnapshotId = Guid.NewGuid() }, Secret));
    }
}
