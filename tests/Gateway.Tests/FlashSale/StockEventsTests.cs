using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using PurchasePlatform.Gateway.Tests.Infrastructure;

namespace PurchasePlatform.Gateway.Tests.FlashSale;

/// <summary>
/// WebSocket /events fed by inventory.stock_changed.v1 published on the in-memory pub/sub of a LocalDapr run and
/// delivered to the gateway by its sidecar.
/// </summary>
public sealed class StockEventsTests : IAsyncLifetime
{
    private FlashSaleHarness gateway = null!;

    public async Task InitializeAsync() => gateway = await FlashSaleHarness.StartAsync();

    public async Task DisposeAsync() => await gateway.DisposeAsync();

    [Fact]
    public async Task A_socket_gets_the_products_stock_on_connect_then_the_totals_of_its_shards_as_they_change()
    {
        gateway.Inventory.Stock("ps5", 100);
        using var socket = await ConnectAsync("?productId=ps5");

        var snapshot = await ReceiveAsync(socket);
        Assert.Equal("stock", snapshot.GetProperty("type").GetString());
        Assert.Equal("ps5", snapshot.GetProperty("productId").GetString());
        Assert.Equal(100, snapshot.GetProperty("available").GetInt64());

        var shards = new[] { Shard("ps5", 0, 25, 0, 1), Shard("ps5", 1, 24, 1, 2), Shard("ps5", 2, 25, 0, 1), Shard("ps5", 3, 23, 2, 3) };
        var totals = await ReceiveWhilePublishingAsync(socket, shards, message => message.GetProperty("available").GetInt64() == 97);

        Assert.Equal("stock", totals.GetProperty("type").GetString());
        Assert.Equal(0, totals.GetProperty("reserved").GetInt64());
        Assert.Equal(3, totals.GetProperty("sold").GetInt64());
    }

    [Fact]
    public async Task A_socket_asking_for_one_product_hears_of_no_other()
    {
        gateway.Inventory.Stock("ps5", 10);
        gateway.Inventory.Stock("xbox", 20);
        using var xbox = await ConnectAsync("?productId=xbox");
        Assert.Equal("xbox", (await ReceiveAsync(xbox)).GetProperty("productId").GetString());

        var heard = new List<JsonElement>();
        await ReceiveWhilePublishingAsync(xbox, [Shard("ps5", 0, 9, 1, 1, shardCount: 1), Shard("xbox", 0, 19, 1, 1, shardCount: 1)],
            message =>
            {
                heard.Add(message);
                return message.GetProperty("available").GetInt64() == 19;
            });

        Assert.All(heard, message => Assert.Equal("xbox", message.GetProperty("productId").GetString()));
    }

    [Fact]
    public async Task A_socket_asking_for_nothing_in_particular_gets_every_product_the_gateway_knows_on_connect()
    {
        gateway.Inventory.Stock("ps5", 10);
        using (var first = await ConnectAsync(""))
        {
            await ReceiveWhilePublishingAsync(first, [Shard("ps5", 0, 8, 2, 7, shardCount: 1)],
                message => message.GetProperty("available").GetInt64() == 8);
        }

        using var second = await ConnectAsync("");
        var snapshot = await ReceiveAsync(second);

        Assert.Equal(("ps5", 8L, 2L), (snapshot.GetProperty("productId").GetString(), snapshot.GetProperty("available").GetInt64(),
            snapshot.GetProperty("sold").GetInt64()));
    }

    [Fact]
    public async Task Events_is_a_WebSocket_and_its_product_must_be_a_product_id()
    {
        using var plain = await gateway.SendAsync(HttpMethod.Get, "/events");
        Assert.Equal(HttpStatusCode.BadRequest, plain.StatusCode);

        var refused = await Assert.ThrowsAsync<WebSocketException>(() => ConnectAsync("?productId=" + Uri.EscapeDataString("no spaces")));
        Assert.Contains("400", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_gateway_subscribes_to_stock_changes_on_pubsub()
    {
        using var response = await gateway.SendAsync(HttpMethod.Get, "/dapr/subscribe");
        var subscriptions = (await response.JsonAsync()).EnumerateArray().ToList();

        Assert.Contains(subscriptions, subscription => subscription.GetProperty("pubsubName").GetString() == "pubsub"
            && subscription.GetProperty("topic").GetString() == "inventory.stock_changed.v1"
            && subscription.GetProperty("route").GetString() == "dapr/flash-sale/stock-changed");
    }

    [Fact]
    public async Task With_an_app_API_token_set_only_the_sidecar_may_deliver_stock_changes()
    {
        await using var guarded = await FlashSaleHarness.StartAsync(new Dictionary<string, string?> { ["APP_API_TOKEN"] = "sidecar-secret" });
        var change = Shard("ps5", 0, 1, 0, 1, shardCount: 1);

        using var forged = await guarded.SendAsync(HttpMethod.Post, "/dapr/flash-sale/stock-changed", json: change);
        using var fromSidecar = await guarded.SendAsync(HttpMethod.Post, "/dapr/flash-sale/stock-changed", json: change,
            configure: request => request.Headers.Add("dapr-api-token", "sidecar-secret"));

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fromSidecar.StatusCode);
    }

    private async Task<ClientWebSocket> ConnectAsync(string query)
    {
        var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{gateway.BaseAddress.Port}/events{query}"), timeout.Token);
        return socket;
    }

    private static async Task<JsonElement> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        var buffer = new byte[4096];
        using var message = new MemoryStream();
        WebSocketReceiveResult received;
        do
        {
            received = await socket.ReceiveAsync(buffer, timeout.Token);
            message.Write(buffer, 0, received.Count);
        }
        while (!received.EndOfMessage);

        Assert.Equal(WebSocketMessageType.Text, received.MessageType);
        using var document = JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray()));
        return document.RootElement.Clone();
    }

    // The sidecar subscribes once the gateway is up, so the first publications may find no subscriber yet: publish
    // the same events (same versions: the board keeps only the first) until the socket hears what it waits for.
    private async Task<JsonElement> ReceiveWhilePublishingAsync(ClientWebSocket socket, IReadOnlyList<object> events, Func<JsonElement, bool> awaited)
    {
        using var done = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var publisher = gateway.InventorySidecar();
        var publishing = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                foreach (var change in events)
                {
                    await publisher.PublishEventAsync("pubsub", "inventory.stock_changed.v1", change, done.Token);
                }

                await Task.Delay(200, done.Token);
            }
        });

        try
        {
            while (true)
            {
                var message = await ReceiveAsync(socket, done.Token);
                if (awaited(message))
                {
                    return message;
                }
            }
        }
        finally
        {
            await done.CancelAsync();
            await publishing.ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private static object Shard(string productId, int shard, long available, long sold, long version, int shardCount = 4) =>
        new { productId, shard, shardCount, available, reserved = 0, sold, version, changedAt = DateTimeOffset.UtcNow };
}
