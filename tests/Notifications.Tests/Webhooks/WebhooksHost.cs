using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PurchasePlatform.Notifications.Tests.Infrastructure;
using PurchasePlatform.Notifications.Webhooks;

namespace PurchasePlatform.Notifications.Tests.Webhooks;

/// <summary>
/// The service with http and loopback receivers allowed and the delivery worker off: tests drive
/// <see cref="WebhookDispatcher.DeliverDueAsync"/> and the manual clock.
/// </summary>
public abstract class WebhooksHost : NotificationsHost
{
    public const string Secret = "whsec_test_0123456789abcdef";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Webhooks:AllowInsecureUrls"] = "true",
        ["Webhooks:AllowPrivateNetworks"] = "true",
        ["Webhooks:Delivery:Enabled"] = "false",
        ["Webhooks:Delivery:Timeout"] = "00:00:01",
    };

    public string AdminToken { get; } = TestTokens.Admin();

    public Task<WebhookDeliveryPass> PassAsync() => Services.GetRequiredService<WebhookDispatcher>().DeliverDueAsync(CancellationToken.None);

    public async Task<string> RegisterAsync(string url, params string[] events)
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/v1/webhooks", AdminToken, new { url, events, secret = Secret });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await JsonAsync(response)).GetProperty("data").GetProperty("id").GetString()!;
    }

    public async Task DeleteAsync(string webhookId)
    {
        using var response = await SendAsync(HttpMethod.Delete, $"/api/v1/webhooks/{webhookId}", AdminToken);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    public Task<List<WebhookDelivery>> DeliveriesAsync(string webhookId) =>
        InDatabaseAsync(db => db.Set<WebhookDelivery>().AsNoTracking().Where(d => d.WebhookId == webhookId).ToListAsync());

    public async Task<WebhookDelivery> SingleDeliveryAsync(string webhookId) => Assert.Single(await DeliveriesAsync(webhookId));

    /// <summary>An orders.order_placed.v1 payload as Orders publishes it.</summary>
    public static object OrderPlaced(string eventId, string orderId = "0b6f1c1e-8f5e-4d7e-9a51-3c2d1e0f4a5b") => new
    {
        event_type = "order_created",
        event_id = eventId,
        order_id = orderId,
        order_number = "ORD-2026-000100",
        user_id = "4f1f8c9e-2b1a-4f0e-8a4d-5c6b7a8e9f00",
        data = new
        {
            total_amount = 863.98m,
            currency = "USD",
            items = new[] { new { product_id = "prod-1", quantity = 2, unit_price = 431.99m } },
            created_at = "2026-03-01T11:59:00Z",
            cart_id = "c1",
        },
    };

    public static async Task<JsonElement> DataAsync(HttpResponseMessage response) => (await JsonAsync(response)).GetProperty("data");

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(HttpMethod.Get, path, AdminToken);
}
