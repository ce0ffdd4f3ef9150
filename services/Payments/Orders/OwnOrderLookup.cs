using PurchasePlatform.BuildingBlocks.ServiceIdentity;

namespace PurchasePlatform.Payments.Orders;

/// <summary>
/// Orders as Payments itself sees them, with its own service token (client <c>payments</c>, needs <c>orders:admin</c>),
/// for work no caller asked for (the reconciler). Registered keyed (<see cref="Key"/>) so that a customer's lookup never
/// falls back to it.
/// </summary>
public sealed class OwnOrderLookup(IHttpClientFactory clients, ILogger<DaprOrderLookup> logger) : IOrderLookup
{
    public const string Key = "payments";

    public const string ClientName = "orders-as-payments";

    public async Task<OrderLookup> FindAsync(string orderId, string? bearerToken, CancellationToken cancellationToken)
    {
        try
        {
            var lookup = new DaprOrderLookup(clients.CreateClient(ClientName), logger) { ForbiddenIsUnavailable = true };
            return await lookup.FindAsync(orderId, bearerToken: null, cancellationToken);
        }
        catch (ServiceTokenException ex)
        {
            logger.LogWarning(ex, "Payments has no token of its own to read order {OrderId}", orderId);
            return OrderLookup.Unavailable;
        }
    }
}
