using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PurchasePlatform.BuildingBlocks.Persistence;
using PurchasePlatform.Notifications.Infrastructure;
using PurchasePlatform.Notifications.Messages.Delivery;
using PurchasePlatform.Notifications.Tests.Infrastructure;
using PurchasePlatform.Notifications.Tests.Webhooks;
using PurchasePlatform.Notifications.Webhooks;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Notifications.Tests.Persistence;

public sealed class PostgresMigrationTests : PostgresNotificationsHost
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Notifications:Delivery:Enabled"] = "false",
        ["Webhooks:Delivery:Enabled"] = "false",
        ["Webhooks:AllowInsecureUrls"] = "true",
        ["Webhooks:AllowPrivateNetworks"] = "true",
    };

    [PostgresFact]
    public async Task On_postgresql_the_migrations_apply_to_an_empty_database_and_the_routes_work()
    {
        Assert.Equal(DatabaseProvider.PostgreSql, Services.GetRequiredService<ServiceDatabase>().Target.Provider);
        Assert.NotEmpty(await InDatabaseAsync(db => db.Database.GetAppliedMigrationsAsync()));
        Assert.Empty(await InDatabaseAsync(db => db.Database.GetPendingMigrationsAsync()));
        Assert.IsType<PostgresNotificationsDbContext>(await InDatabaseAsync(db => Task.FromResult<object>(db)));

        var service = TestTokens.Service("orders", "notifications:send");
        var queued = await SendAsync(HttpMethod.Post, "/api/v1/notifications/email", service,
            new { to = "ann@example.com", subject = "Your order", templateId = "order-confirmation", templateData = new { orderNumber = "ORD-2026-000001" } });
        Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
        var id = (await JsonAsync(queued)).GetProperty("data").GetProperty("notificationId").GetString();
        await Services.GetRequiredService<NotificationDelivery>().DeliverDueOnceAsync(CancellationToken.None);
        var status = await JsonAsync(await SendAsync(HttpMethod.Get, $"/api/v1/notifications/{id}", service));
        Assert.Equal("delivered", status.GetProperty("data").GetProperty("status").GetString());

        var admin = TestTokens.Admin();
        var webhook = await SendAsync(HttpMethod.Post, "/api/v1/webhooks", admin,
            new { url = "http://127.0.0.1:9/hook", events = new[] { "order.created", "order.paid" }, secret = "whsec_postgres_0123456789" });
        Assert.Equal(HttpStatusCode.Created, webhook.StatusCode);
        var webhookId = (await JsonAsync(webhook)).GetProperty("data").GetProperty("id").GetString();
        var read = await JsonAsync(await SendAsync(HttpMethod.Get, $"/api/v1/webhooks/{webhookId}", admin));
        Assert.Equal(new[] { "order.created", "order.paid" }, read.GetProperty("data").GetProperty("events").EnumerateArray().Select(e => e.GetString()!).ToArray());

        Assert.Equal("SUCCESS", await DeliverAsync("orders.order_placed.v1", WebhooksHost.OrderPlaced("evt-pg-1")));
        Assert.Equal("SUCCESS", await DeliverAsync("orders.order_placed.v1", WebhooksHost.OrderPlaced("evt-pg-1")));
        Assert.Equal(1, await InDatabaseAsync(db => db.Set<WebhookDelivery>().CountAsync(d => d.WebhookId == webhookId)));
    }
}
