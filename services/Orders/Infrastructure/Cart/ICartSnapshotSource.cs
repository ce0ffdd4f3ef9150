using System.Text.Json.Nodes;

namespace PurchasePlatform.Orders.Infrastructure.Cart;

/// <summary>Takes the signed snapshot of a user's cart (Cart's <c>POST /internal/carts/{userId}/snapshot</c>).</summary>
public interface ICartSnapshotSource
{
    /// <param name="bearerToken">The caller's access token, forwarded: Cart lets only the cart's owner (or orders:admin) take it.</param>
    Task<CartSnapshotAnswer> TakeAsync(string userId, string? bearerToken, CancellationToken cancellationToken);
}

/// <summary>The snapshot, or Cart's refusal (its status, code and message, e.g. 400 for an empty cart).</summary>
public sealed record CartSnapshotAnswer(JsonObject? Snapshot, int StatusCode, string? Code, string? Message)
{
    public static CartSnapshotAnswer Taken(JsonObject snapshot) => new(snapshot, 200, null, null);
}
