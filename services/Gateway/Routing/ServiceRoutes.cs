using Microsoft.AspNetCore.Http;

namespace PurchasePlatform.Gateway.Routing;

/// <summary>The public routes the gateway forwards, and to which service (issue 3 contract, "Services and wiring", and API-MAP for the /orders alias).</summary>
internal static class ServiceRoutes
{
    public static readonly IReadOnlyList<ServiceRoute> All =
    [
        new("/api/v1/auth", "identity"),
        new("/api/v1/users", "identity"),
        new("/.well-known", "identity"),
        new("/api/v1/products", "catalog"),
        new("/api/v1/categories", "catalog"),
        new("/api/v1/cart", "cart"),
        new("/api/v1/orders", "orders"),
        new("/api/v1/payments", "payments"),
        new("/api/v1/notifications", "notifications"),
        new("/api/v1/webhooks", "notifications"),

        // Seed 004's legacy alias: only reading and cancelling an order are public; creation stays internal.
        new("/orders", "orders", "/orders/{orderId}", [HttpMethods.Get]),
        new("/orders", "orders", "/orders/{orderId}/cancel", [HttpMethods.Post]),
    ];
}
