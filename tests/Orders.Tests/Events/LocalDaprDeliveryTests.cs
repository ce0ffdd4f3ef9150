using System.Collections.Concurrent;
using System.Text.Json;
using Dapr.Client;
using LocalDapr;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PurchasePlatform.BuildingBlocks.Outbox;
using PurchasePlatform.Orders.Events;
using PurchasePlatform.Orders.Infrastructure.Persistence;
using PurchasePlatform.Orders.Tests.Infrastructure;
using PurchasePlatform.TestSupport;
using static PurchasePlatform.Orders.Tests.Infrastructure.Requests;

namespace PurchasePlatform.Orders.Tests.Events;

/// <summary>
/// The outbox through a real LocalDapr sidecar and its in-memory pub/sub to a subscriber app: an order placed while
/// the sidecar could not be reached is delivered, once, with the row id as CloudEvent id, once it can.
/// </summary>
public sealed class LocalDaprDeliveryTests : IAsyncLifetime
{
    private readonly OrdersApp _app = new();
    private readonly ConcurrentQueue<(string Topic, string Id, JsonElement Data)> _received = new();
    private TestApp? _subscriber;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        _subscriber = await TestApp.StartAsync(web =>
        {
            web.MapGet("/dapr/subscribe", () => Results.Json(new[] { new { pubsubname = "pubsub", topic = OrderTopics.OrderPlaced, route = "/events" } }));
            web.MapPost("/events", async (HttpRequest request) =>
            {
                var cloudEvent = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
                _received.Enqueue((cloudEvent.GetProperty("topic").GetString()!, cloudEvent.GetProperty("id").GetString()!,
                    cloudEvent.GetProperty("data").Clone()));
                return Results.Ok();
            });
        });
    }

    public async Task DisposeAsync()
    {
        if (_subscriber is not null) await _subscriber.DisposeAsync();
        await ((IAsyncLifetime)_app).DisposeAsync();
    }

    [Fact]
    public async Task An_order_placed_while_the_sidecar_was_down_is_delivered_once_it_is_up()
    {
        var orderId = await _app.PlaceAsync(NewUser());
        using var unreachable = new DaprClientBuilder()
            .UseGrpcEndpoint($"http://127.0.0.1:{LoopbackPorts.Free()}")
            .UseHttpEndpoint($"http://127.0.0.1:{LoopbackPorts.Free()}")
            .Build();

        await Assert.ThrowsAsync<OutboxPublishException>(() => Publisher(unreachable).PublishPendingAsync(CancellationToken.None));
        var failed = Assert.Single(await _app.OutboxAsync());
        Assert.Equal((1, false), (failed.PublishAttempts, failed.PublishedAt is not null));

        await using var run = await TestRun.StartAsync(
            new Dictionary<string, string> { ["pubsub.yaml"] = Yaml.InMemoryPubSub() },
            new Dictionary<string, int?> { ["orders"] = null, ["subscriber"] = _subscriber!.Port });
        await run.Host.AppsSubscribed;
        var published = await Publisher(run.Client("orders")).PublishPendingAsync(CancellationToken.None);

        Assert.Equal(1, published);
        await Eventually.WaitUntilAsync(() => !_received.IsEmpty);
        var delivered = Assert.Single(_received);
        Assert.Equal(OrderTopics.OrderPlaced, delivered.Topic);
        Assert.Equal(failed.Id, delivered.Id);
        Assert.Equal(orderId.ToString("D"), delivered.Data.GetProperty("order_id").GetString());
        Assert.Equal("order_created", delivered.Data.GetProperty("event_type").GetString());
        var row = Assert.Single(await _app.OutboxAsync());
        Assert.Equal(2, row.PublishAttempts);
        Assert.NotNull(row.PublishedAt);
        Assert.Null(row.LastError);
    }

    private OutboxPublisher<OrdersDbContext, OutboxMessage> Publisher(DaprClient dapr) =>
        new(_app.Services.GetRequiredService<IServiceScopeFactory>(), dapr, new OutboxMessageFormat(),
            _app.Services.GetRequiredService<IOptions<OutboxOptions>>(), TimeProvider.System,
            NullLogger<OutboxPublisher<OrdersDbContext, OutboxMessage>>.Instance);
}
