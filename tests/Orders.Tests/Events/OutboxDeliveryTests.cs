using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PurchasePlatform.BuildingBlocks.Outbox;
using PurchasePlatform.Orders.Events;
using PurchasePlatform.Orders.Tests.Infrastructure;
using static PurchasePlatform.Orders.Tests.Infrastructure.Requests;

namespace PurchasePlatform.Orders.Tests.Events;

/// <summary>The outbox rows of orders reach pub/sub, also when pub/sub was down when they were written.</summary>
public sealed class OutboxDeliveryTests : IAsyncLifetime
{
    private readonly OrdersApp app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)app).DisposeAsync();

    [Fact]
    public async Task Events_written_while_pub_sub_is_down_are_published_by_a_later_pass()
    {
        app.Dapr.PubSubDown = true;
        var id = await app.PlaceAsync(NewUser());

        await Assert.ThrowsAsync<OutboxPublishException>(app.PublishOutboxAsync);
        var failed = Assert.Single(await app.OutboxAsync());
        Assert.Null(failed.PublishedAt);
        Assert.Equal(1, failed.PublishAttempts);
        Assert.Contains("down", failed.LastError);
        Assert.Empty(app.Dapr.Published);

        app.Dapr.PubSubDown = false;
        var published = await app.PublishOutboxAsync();

        Assert.Equal(1, published);
        var delivered = Assert.Single(app.Dapr.Published);
        Assert.Equal(OrderTopics.OrderPlaced, delivered.Topic);
        Assert.Equal("pubsub", delivered.PubSub);
        Assert.Equal(failed.Id, delivered.CloudEventId);
        Assert.Equal(id.ToString("D"), JsonNode.Parse(delivered.Json)!["order_id"]!.GetValue<string>());
        var row = Assert.Single(await app.OutboxAsync());
        Assert.NotNull(row.PublishedAt);
        Assert.Equal(0, await app.PublishOutboxAsync());
    }

    [Fact]
    public async Task Every_status_change_writes_its_events_in_order()
    {
        var user = NewUser();
        var id = await app.PlaceAsync(user);
        using var admin = app.Admin();
        foreach (var status in new[] { "paid", "processing", "shipped", "delivered" })
        {
            using var response = await admin.PutAsync($"/api/v1/orders/{id}/status",
                System.Net.Http.Json.JsonContent.Create(new { status, trackingNumber = status == "shipped" ? "1Z" : null }));
            response.EnsureSuccessStatusCode();
        }

        var changes = await app.OutboxAsync(OrderTopics.OrderStatusChanged);

        Assert.Equal(["pending>paid", "paid>processing", "processing>shipped", "shipped>delivered"],
            changes.Select(m => JsonNode.Parse(m.Payload)!["data"]!).Select(d => $"{d["from"]}>{d["to"]}"));
        Assert.Single(await app.OutboxAsync(OrderTopics.OrderConfirmed));
        Assert.Equal(6, await app.InDatabaseAsync(db => db.OutboxMessages.CountAsync()));
    }
}
