using System.Net;
using PurchasePlatform.Gateway.Tests.Infrastructure;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Gateway.Tests.FlashSale;

/// <summary>The token bucket in front of POST /order, through the gateway: 302 to the waiting room when empty.</summary>
public sealed class AdmissionTests
{
    private readonly ManualClock clock = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task An_order_finding_the_bucket_empty_is_302_to_the_waiting_room_and_reaches_nothing()
    {
        await using var gateway = await FlashSaleHarness.StartAsync(Settings(threshold: 2), clock);
        gateway.Inventory.Stock("ps5", 100);
        var token = TestTokens.Customer();

        using var first = await gateway.OrderAsync(token, new { productId = "ps5" });
        using var second = await gateway.OrderAsync(token, new { productId = "ps5" });
        using var third = await gateway.OrderAsync(token, new { productId = "ps5" });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.Found, third.StatusCode);
        Assert.Equal("/waiting-room", third.Headers.Location?.OriginalString);
        Assert.Equal(2, gateway.Inventory.Received.Count);
    }

    [Fact]
    public async Task The_bucket_refills_with_the_clock()
    {
        await using var gateway = await FlashSaleHarness.StartAsync(Settings(threshold: 2), clock);
        gateway.Inventory.Stock("ps5", 100);
        var token = TestTokens.Customer();
        for (var i = 0; i < 2; i++)
        {
            (await gateway.OrderAsync(token, new { productId = "ps5" })).Dispose();
        }

        clock.Advance(TimeSpan.FromMilliseconds(499));
        using (var early = await gateway.OrderAsync(token, new { productId = "ps5" }))
        {
            Assert.Equal(HttpStatusCode.Found, early.StatusCode);
        }

        clock.Advance(TimeSpan.FromMilliseconds(1));
        using var refilled = await gateway.OrderAsync(token, new { productId = "ps5" });
        Assert.Equal(HttpStatusCode.OK, refilled.StatusCode);
    }

    [Fact]
    public async Task The_waiting_room_address_is_configurable()
    {
        var settings = Settings(threshold: 1);
        settings["FlashSale:Admission:WaitingRoomUrl"] = "https://queue.example.test/room";
        await using var gateway = await FlashSaleHarness.StartAsync(settings, clock);
        gateway.Inventory.Stock("ps5", 100);
        var token = TestTokens.Customer();

        (await gateway.OrderAsync(token, new { productId = "ps5" })).Dispose();
        using var redirected = await gateway.OrderAsync(token, new { productId = "ps5" });

        Assert.Equal(HttpStatusCode.Found, redirected.StatusCode);
        Assert.Equal(new Uri("https://queue.example.test/room"), redirected.Headers.Location);
    }

    [Fact]
    public async Task Refused_orders_take_no_token()
    {
        await using var gateway = await FlashSaleHarness.StartAsync(Settings(threshold: 1), clock);
        gateway.Inventory.Stock("ps5", 100);

        (await gateway.SendAsync(HttpMethod.Post, "/order", json: new { productId = "ps5" }, idempotencyKey: "k")).Dispose();
        (await gateway.SendAsync(HttpMethod.Post, "/order", TestTokens.Customer(), new { productId = "ps5" })).Dispose();
        using var admitted = await gateway.OrderAsync(TestTokens.Customer(), new { productId = "ps5" });

        Assert.Equal(HttpStatusCode.OK, admitted.StatusCode);
    }

    private static Dictionary<string, string?> Settings(int threshold) => new()
    {
        ["FlashSale:Admission:Threshold"] = threshold.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["FlashSale:Admission:Window"] = "00:00:01",
        ["FlashSale:Admission:Burst"] = "0",
    };
}
