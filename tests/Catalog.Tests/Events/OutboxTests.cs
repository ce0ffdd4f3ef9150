using System.Net;
using Microsoft.EntityFrameworkCore;
using PurchasePlatform.BuildingBlocks.Outbox;
using PurchasePlatform.Catalog.Tests.Infrastructure;

namespace PurchasePlatform.Catalog.Tests.Events;

/// <summary>The outbox relay's pass: publishes each change once, through DaprClient, and keeps a failed one for later.</summary>
public sealed class OutboxTests(CatalogApp app) : IClassFixture<CatalogApp>
{
    [Fact]
    public async Task Each_change_is_published_once_on_its_topic_with_the_event_id_as_cloud_event_id()
    {
        using var create = await app.SendAsync(HttpMethod.Post, "/api/v1/products", new
        {
            name = "Outbox Test Lamp", description = "A desk lamp", price = 25m, sku = "OBX-1", categoryId = "cat-002-03-02",
        }, TestTokens.Admin());
        Assert.Equal(HttpStatusCode.Created, create.StatusCode);
        var id = (await create.BodyAsync())["data"]!.Str("id");
        using var update = await app.SendAsync(HttpMethod.Put, $"/api/v1/products/{id}", new { price = 30m }, TestTokens.Admin());
        using var delete = await app.SendAsync(HttpMethod.Delete, $"/api/v1/products/{id}", token: TestTokens.Admin());

        Assert.Equal(3, await app.PublishOutboxAsync());
        Assert.Equal(0, await app.PublishOutboxAsync());

        var published = app.Dapr.Published.Where(e => e.Data.Str("product_id") == id).ToList();
        Assert.Equal(["catalog.product_created.v1", "catalog.product_updated.v1", "catalog.product_deleted.v1"], published.Select(e => e.Topic).ToList());
        Assert.All(published, e => Assert.Equal("pubsub", e.PubSub));
        Assert.All(published, e => Assert.Equal(e.Data.Str("event_id"), e.Metadata["cloudevent.id"]));
        Assert.Equal("product_updated", published[1].Data.Str("event_type"));
        Assert.Equal(30m, published[1].Data["data"]!["price"]!.GetValue<decimal>());
        Assert.Equal("OBX-1", published[2].Data["data"]!.Str("sku"));
        Assert.True(await app.InDatabaseAsync(db => db.CatalogEvents.Where(e => e.ProductId == id).AllAsync(e => e.PublishedAt != null)));
    }

    [Fact]
    public async Task A_failed_publish_leaves_the_event_unpublished_with_the_error_and_the_next_pass_sends_it()
    {
        using var update = await app.SendAsync(HttpMethod.Put, "/api/v1/products/prod-100", new { stock = 3 }, TestTokens.Admin());
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        await app.PublishOutboxAsync();
        using var again = await app.SendAsync(HttpMethod.Put, "/api/v1/products/prod-100", new { stock = 4 }, TestTokens.Admin());

        app.Dapr.FailPublishing = true;
        await Assert.ThrowsAsync<OutboxPublishException>(app.PublishOutboxAsync);
        var failed = await app.InDatabaseAsync(db => db.CatalogEvents.Where(e => e.ProductId == "prod-100").OrderBy(e => e.OccurredAt).LastAsync());
        Assert.Null(failed.PublishedAt);
        Assert.Equal(1, failed.PublishAttempts);
        Assert.Contains("pub/sub unavailable", failed.LastError);

        app.Dapr.FailPublishing = false;
        Assert.Equal(1, await app.PublishOutboxAsync());
        var sent = await app.InDatabaseAsync(db => db.CatalogEvents.SingleAsync(e => e.Id == failed.Id));
        Assert.NotNull(sent.PublishedAt);
        Assert.Equal(2, sent.PublishAttempts);
    }

    [Fact]
    public void The_retry_delay_doubles_up_to_the_cap()
    {
        var delays = Enumerable.Range(1, 5).Select(n => RetryBackoff.Delay(n, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5))).ToList();

        Assert.Equal([1, 2, 4, 5, 5], delays.Select(d => (int)d.TotalSeconds).ToList());
    }
}
