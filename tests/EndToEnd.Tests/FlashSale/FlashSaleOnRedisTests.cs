using System.Diagnostics;
using System.Net;
using System.Text.Json;
using EndToEnd.Tests.Platform;
using PurchasePlatform.TestSupport;
using Xunit.Abstractions;

namespace EndToEnd.Tests.FlashSale;

/// <summary>
/// Issue 4's flash sale end to end on LocalDapr with Redis: 100 units, 2,000 orders at once from 500 customers with
/// repeated idempotency keys, Inventory crashed and LocalDapr's sidecars restarted while orders are being taken.
/// </summary>
public sealed class FlashSaleOnRedisTests(RedisPlatformRun run, ITestOutputHelper log) : IClassFixture<RedisPlatformRun>
{
    private const int Stock = 100;
    private const int Customers = 500;
    private const int DistinctKeys = 1750;
    private const int SentTwice = 150;
    private const int SentThreeTimes = 50;
    private const string AcceptedTopic = "inventory.order_accepted.v1";

    private sealed record Intent(Customer Customer, string Key);

    [Fact]
    public async Task Two_thousand_orders_for_100_units_accept_exactly_100_across_restarts_of_inventory_and_the_sidecars()
    {
        var platform = run.Platform;
        foreach (var app in new[] { "identity", "inventory", "gateway" }) await platform.WaitUntilReadyAsync(app);
        using var gateway = FlashSaleOrders.Client(platform.GatewayAddress, maxConnections: 512);
        var productId = "flash-e2e-" + Guid.NewGuid().ToString("N")[..8];

        var clock = Stopwatch.StartNew();
        var init = await FlashSaleOrders.InitAsync(gateway, await PlatformAccounts.AdminTokenAsync(gateway), productId, Stock);
        Assert.Equal(HttpStatusCode.OK, init.StatusCode);
        var customers = await PlatformAccounts.RegisterCustomersAsync(gateway, Customers, parallelism: 16);
        log.WriteLine($"{Customers} customers registered and logged in: {clock.Elapsed.TotalSeconds:0.0} s");

        var intents = Enumerable.Range(0, DistinctKeys).Select(i => new Intent(customers[i % Customers], Guid.NewGuid().ToString())).ToList();
        var sends = intents.SelectMany((intent, i) => Enumerable.Repeat(intent, i < SentTwice ? 2 : i < SentTwice + SentThreeTimes ? 3 : 1)).ToList();
        Assert.Equal(2000, sends.Count);

        var acceptedAnswers = 0;
        var client = new SeedClient(gateway);
        var allAnswers = new System.Collections.Concurrent.ConcurrentBag<OrderAnswer>();
        client.Answered += answer =>
        {
            allAnswers.Add(answer);
            if (answer.Accepted) Interlocked.Increment(ref acceptedAnswers);
        };

        clock.Restart();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var wave = sends.Select(intent => Task.Run(async () =>
        {
            await start.Task;
            return (Intent: intent, Answers: await client.BuyAsync(intent.Customer, productId, intent.Key));
        })).ToList();
        var restarts = Task.Run(async () =>
        {
            await Eventually.WaitUntilAsync(() => Volatile.Read(ref acceptedAnswers) >= 20, seconds: 120);
            var atInventoryKill = Volatile.Read(ref acceptedAnswers);
            await platform.RestartAppAsync("inventory");
            await platform.WaitUntilReadyAsync("inventory", TimeSpan.FromSeconds(90));
            var inventoryBack = clock.Elapsed;
            var afterInventory = Volatile.Read(ref acceptedAnswers);
            await Eventually.WaitUntilAsync(() => Volatile.Read(ref acceptedAnswers) >= afterInventory + 10, seconds: 120);
            var atSidecarRestart = Volatile.Read(ref acceptedAnswers);
            await platform.RestartSidecarsAsync();
            log.WriteLine($"Inventory killed after {atInventoryKill} accepted, ready again at {inventoryBack.TotalSeconds:0.0} s; " +
                          $"sidecars restarted after {atSidecarRestart} accepted, at {clock.Elapsed.TotalSeconds:0.0} s");
            return (atInventoryKill, atSidecarRestart);
        });
        start.SetResult();
        var results = await Task.WhenAll(wave);
        var (acceptedAtInventoryKill, acceptedAtSidecarRestart) = await restarts;
        log.WriteLine($"2,000 orders answered in {clock.Elapsed.TotalSeconds:0.0} s: " + string.Join(", ",
            allAnswers.GroupBy(a => $"{a.Status} {a.Result}").OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}")));

        // The restarts happened in the middle of the sale: units were sold before each and after each.
        Assert.InRange(acceptedAtInventoryKill, 20, Stock - 1);
        Assert.InRange(acceptedAtSidecarRestart, acceptedAtInventoryKill + 10, Stock - 1);

        // Every send ends with a seed answer: bought (success or ignored), sold out, or still in the waiting room.
        var finals = results.Select(r => r.Answers[^1]).ToList();
        Assert.All(finals, a => Assert.True(a.Accepted || a.Ignored || a.Status is 409 or 302, $"final answer {a}"));

        var byKey = results.GroupBy(r => r.Intent).ToDictionary(g => g.Key, g => g.SelectMany(r => r.Answers).ToList());
        var boughtKeys = byKey.Where(k => k.Value.Any(a => a.Accepted || a.Ignored)).ToDictionary(k => k.Key,
            k => Assert.Single(k.Value.Where(a => a.Accepted || a.Ignored).Select(a => a.OrderId).Distinct()));
        var orderIds = boughtKeys.Values.ToHashSet();
        Assert.Equal(Stock, boughtKeys.Count);
        Assert.Equal(Stock, orderIds.Count);
        Assert.DoesNotContain(null, orderIds);
        Assert.All(byKey.Values, answers => Assert.True(answers.Count(a => a.Accepted) <= 1, "a key was accepted twice"));
        Assert.All(byKey.Where(k => !boughtKeys.ContainsKey(k.Key)), k =>
            Assert.All(results.Where(r => r.Intent == k.Key), r => Assert.Contains(r.Answers[^1].Status, new[] { 409, 302 })));
        Assert.All(results.Where(r => boughtKeys.ContainsKey(r.Intent)), r =>
            Assert.True(r.Answers[^1].Accepted || r.Answers[^1].Ignored || r.Answers[^1].Status == 302, $"a bought key's copy answered {r.Answers[^1]}"));

        // Later: the same keys again are duplicates (ignored, same order), and sold-out keys stay sold out.
        var soldOutKeys = byKey.Where(k => k.Value[^1].Status == 409).Select(k => k.Key).Take(50).ToList();
        var again = new List<(Intent Intent, OrderAnswer Final)>();
        foreach (var batch in boughtKeys.Keys.Concat(soldOutKeys).Chunk(25))
            again.AddRange(await Task.WhenAll(batch.Select(async k => (k, (await client.BuyAsync(k.Customer, productId, k.Key))[^1]))));
        Assert.All(again.Where(a => boughtKeys.ContainsKey(a.Intent)), a =>
        {
            Assert.True(a.Final.Ignored, $"repeat of a bought key answered {a.Final}");
            Assert.Equal(boughtKeys[a.Intent], a.Final.OrderId);
        });
        Assert.All(again.Where(a => !boughtKeys.ContainsKey(a.Intent)), a => Assert.Equal(409, a.Final.Status));

        var stock = await FlashSaleOrders.StockAsync(gateway, productId);
        Assert.Equal((0, 0, Stock), (stock.GetProperty("available").GetInt32(), stock.GetProperty("reserved").GetInt32(), stock.GetProperty("sold").GetInt32()));

        foreach (var (intent, orderId) in boughtKeys)
        {
            var (status, view) = await FlashSaleOrders.StatusAsync(gateway, intent.Customer.AccessToken, orderId!);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(("accepted", intent.Customer.UserId, productId),
                (view.GetProperty("status").GetString(), view.GetProperty("userId").GetString(), view.GetProperty("productId").GetString()));
        }

        await using var inbox = await EventInbox.OpenAsync(platform.Host, AcceptedTopic);
        Dictionary<string, JsonElement> events = [];
        await Eventually.WaitUntilAsync(() =>
        {
            events = inbox.Received.Where(e => e.GetProperty("productId").GetString() == productId)
                .GroupBy(e => e.GetProperty("eventId").GetString()!).ToDictionary(g => g.Key, g => g.First());
            return events.Count >= Stock;
        }, seconds: 90);
        Assert.Equal(orderIds.Order(), events.Values.Select(e => e.GetProperty("orderId").GetString()).Order());
        Assert.All(boughtKeys, k => Assert.Equal(k.Key.Customer.UserId, events.Values.Single(e => e.GetProperty("orderId").GetString() == k.Value).GetProperty("userId").GetString()));
    }
}
