using System.Net;
using System.Text.Json;
using EndToEnd.Tests.Platform;

namespace EndToEnd.Tests.Purchases;

/// <summary>Seed 000's purchases through the gateway, run by the orchestrator's saga over Inventory, Catalog, Orders and Payments on LocalDapr.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PurchaseSagaTests(PlatformRun platform) : IAsyncLifetime
{
    private HttpClient gateway = null!;
    private HttpClient sidecar = null!;
    private PurchaseCalls calls = null!;
    private string adminToken = null!;

    public async Task InitializeAsync()
    {
        foreach (var app in new[] { "identity", "gateway", "catalog", "inventory", "orders", "payments", "orchestrator" })
            await platform.WaitUntilReadyAsync(app);
        gateway = FlashSaleOrders.Client(platform.Platform.GatewayAddress, 64);
        sidecar = new HttpClient { BaseAddress = platform.Platform.GatewaySidecarAddress, Timeout = TimeSpan.FromSeconds(60) };
        calls = new PurchaseCalls(gateway, sidecar);
        adminToken = await PlatformAccounts.AdminTokenAsync(gateway);
    }

    public Task DisposeAsync()
    {
        gateway.Dispose();
        sidecar.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_purchase_is_reserved_ordered_charged_and_confirmed()
    {
        var products = await calls.ProductsAsync(pageNumber: 9, pageSize: 2);
        foreach (var (id, _) in products) await calls.SetStockAsync(adminToken, id, 10);
        var customer = (await PlatformAccounts.RegisterCustomersAsync(gateway, 1, 1)).Single();

        var (status, started) = await calls.StartAsync(customer, [new(products[0].Id, 2), new(products[1].Id, 1)], "tok_success", "buy-1");
        var (_, again) = await calls.StartAsync(customer, [new(products[0].Id, 2), new(products[1].Id, 1)], "tok_success", "buy-1");

        Assert.Equal(HttpStatusCode.OK, status);
        var purchaseId = started.GetProperty("purchaseId").GetString()!;
        Assert.Equal(purchaseId, again.GetProperty("purchaseId").GetString());
        var details = await calls.WaitUntilFinalAsync(customer, purchaseId);
        Assert.Equal("completed", details.GetProperty("status").GetString());

        var (_, shown) = await calls.GetAsync(customer, purchaseId);
        Assert.Equal(["purchaseId", "status", "products"], shown.EnumerateObject().Select(p => p.Name));
        Assert.Equal([(products[0].Id, 2, "confirmed"), (products[1].Id, 1, "confirmed")],
            shown.GetProperty("products").EnumerateArray().Select(p => (p.GetProperty("id").GetString(), p.GetProperty("quantity").GetInt32(), p.GetProperty("status").GetString())));
        Assert.Equal((8L, 0L, 2L), await calls.StockAsync(products[0].Id));
        Assert.Equal((9L, 0L, 1L), await calls.StockAsync(products[1].Id));

        var payment = Assert.Single(await calls.PaymentsOfAsync(adminToken, customer.UserId));
        Assert.Equal("completed", payment.GetProperty("status").GetString());
        Assert.Equal((products[0].PriceCents * 2 + products[1].PriceCents) / 100m, payment.GetProperty("amount").GetDecimal());
        Assert.Equal(details.GetProperty("paymentId").GetString(), payment.GetProperty("id").GetString());
        Assert.Equal("confirmed", await calls.OrderStatusAsync(adminToken, details.GetProperty("orderId").GetString()!));
    }

    [Fact]
    public async Task A_declined_card_fails_the_purchase_cancels_its_order_and_gives_the_stock_back()
    {
        var product = (await calls.ProductsAsync(pageNumber: 10, pageSize: 1)).Single();
        await calls.SetStockAsync(adminToken, product.Id, 5);
        var customer = (await PlatformAccounts.RegisterCustomersAsync(gateway, 1, 1)).Single();

        var (_, started) = await calls.StartAsync(customer, [new(product.Id, 1)], "tok_decline");
        var details = await calls.WaitUntilFinalAsync(customer, started.GetProperty("purchaseId").GetString()!);

        Assert.Equal("failed", details.GetProperty("status").GetString());
        Assert.StartsWith("Payment declined", details.GetProperty("reason").GetString());
        Assert.Equal((5L, 0L, 0L), await calls.StockAsync(product.Id));
        Assert.Equal("canceled", await calls.OrderStatusAsync(adminToken, details.GetProperty("orderId").GetString()!));
        Assert.All(await calls.PaymentsOfAsync(adminToken, customer.UserId), p => Assert.Equal("failed", p.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task A_customer_cancels_while_the_payment_hangs_and_everything_is_undone()
    {
        var product = (await calls.ProductsAsync(pageNumber: 10, pageSize: 2)).Last();
        await calls.SetStockAsync(adminToken, product.Id, 5);
        var customer = (await PlatformAccounts.RegisterCustomersAsync(gateway, 1, 1)).Single();
        var (_, started) = await calls.StartAsync(customer, [new(product.Id, 2)], "tok_timeout");
        var purchaseId = started.GetProperty("purchaseId").GetString()!;
        await WaitForStatusAsync(customer, purchaseId, "paying");

        var (status, cancelled) = await calls.CancelAsync(customer, purchaseId);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("cancelling", cancelled.GetProperty("status").GetString());
        var details = await calls.WaitUntilFinalAsync(customer, purchaseId, TimeSpan.FromMinutes(3));
        Assert.Equal("cancelled", details.GetProperty("status").GetString());
        Assert.Equal((5L, 0L, 0L), await calls.StockAsync(product.Id));
        Assert.Equal("canceled", await calls.OrderStatusAsync(adminToken, details.GetProperty("orderId").GetString()!));
        Assert.DoesNotContain(await calls.PaymentsOfAsync(adminToken, customer.UserId), p => p.GetProperty("status").GetString() == "completed");
        var (_, shown) = await calls.GetAsync(customer, purchaseId);
        Assert.All(shown.GetProperty("products").EnumerateArray(), p => Assert.Equal("released", p.GetProperty("status").GetString()));

        // The hanging provider opened Payments' circuit breaker; the platform is shared, so wait until it lets calls through again.
        await WaitAsync(() => calls.ProviderAcceptsCallsAsync(adminToken));
    }

    [Fact]
    public async Task Sagas_interrupted_by_an_orchestrator_crash_are_resumed_by_their_reminders_without_charging_twice()
    {
        var product = (await calls.ProductsAsync(pageNumber: 11, pageSize: 1)).Single();
        await calls.SetStockAsync(adminToken, product.Id, 100);
        var customers = await PlatformAccounts.RegisterCustomersAsync(gateway, 20, 4);
        var started = await Task.WhenAll(customers.Select(async c => (c, (await calls.StartAsync(c, [new(product.Id, 1)], "tok_success")).Body)));
        var purchases = started.Select(s => (Customer: s.c, Id: s.Body.GetProperty("purchaseId").GetString()!)).ToList();

        // Kill it as soon as a saga is seen between two steps.
        await WaitAsync(async () =>
        {
            foreach (var (customer, id) in purchases)
                if ((await calls.DetailsAsync(customer, id)).GetProperty("status").GetString() is "reserving" or "ordering" or "paying" or "confirming")
                    return true;
            return false;
        });
        var unfinished = 0;
        foreach (var (customer, id) in purchases)
            if ((await calls.DetailsAsync(customer, id)).GetProperty("status").GetString() is not ("completed" or "failed" or "cancelled"))
                unfinished++;
        await platform.Platform.RestartAppAsync("orchestrator");
        await platform.WaitUntilReadyAsync("orchestrator");

        var ended = await Task.WhenAll(purchases.Select(p => calls.WaitUntilFinalAsync(p.Customer, p.Id, TimeSpan.FromMinutes(3))));

        Assert.True(unfinished > 0, "no saga was interrupted");
        Assert.All(ended, details => Assert.Equal("completed", details.GetProperty("status").GetString()));
        Assert.Equal((80L, 0L, 20L), await calls.StockAsync(product.Id));
        foreach (var customer in customers)
            Assert.Single(await calls.PaymentsOfAsync(adminToken, customer.UserId), p => p.GetProperty("status").GetString() == "completed");
    }

    [Fact]
    public async Task Two_hundred_buyers_of_the_last_fifty_units_end_with_fifty_purchases_completed_and_the_rest_undone()
    {
        var product = (await calls.ProductsAsync(pageNumber: 12, pageSize: 1)).Single();
        await calls.SetStockAsync(adminToken, product.Id, 50);
        var customers = await PlatformAccounts.RegisterCustomersAsync(gateway, 200, 8);

        var started = await Task.WhenAll(customers.Select(async c =>
        {
            var (status, body) = await calls.StartAsync(c, [new(product.Id, 1)], "tok_success");
            Assert.Equal(HttpStatusCode.OK, status);
            return (Customer: c, Id: body.GetProperty("purchaseId").GetString()!);
        }));
        var ended = new List<JsonElement>();
        foreach (var batch in started.Chunk(25))
            ended.AddRange(await Task.WhenAll(batch.Select(p => calls.WaitUntilFinalAsync(p.Customer, p.Id, TimeSpan.FromMinutes(5)))));

        var byStatus = ended.GroupBy(d => d.GetProperty("status").GetString()!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(50, byStatus.GetValueOrDefault("completed"));
        Assert.Equal(150, byStatus.GetValueOrDefault("failed"));
        Assert.All(ended.Where(d => d.GetProperty("status").GetString() == "failed"),
            d => Assert.StartsWith("Out of stock", d.GetProperty("reason").GetString()));
        Assert.Equal((0L, 0L, 50L), await calls.StockAsync(product.Id));

        var completedPayments = 0;
        foreach (var customer in customers)
        {
            var payments = await calls.PaymentsOfAsync(adminToken, customer.UserId);
            Assert.True(payments.Count(p => p.GetProperty("status").GetString() == "completed") <= 1);
            completedPayments += payments.Count(p => p.GetProperty("status").GetString() == "completed");
        }

        Assert.Equal(50, completedPayments);
    }

    private async Task WaitForStatusAsync(Customer customer, string purchaseId, string status) =>
        await WaitAsync(async () => (await calls.DetailsAsync(customer, purchaseId)).GetProperty("status").GetString() == status);

    private static async Task WaitAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("condition not met within 60 s");
            await Task.Delay(100);
        }
    }
}
