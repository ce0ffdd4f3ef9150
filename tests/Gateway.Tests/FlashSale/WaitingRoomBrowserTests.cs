using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using PurchasePlatform.Gateway.Tests.Infrastructure;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Gateway.Tests.FlashSale;

/// <summary>The waiting room page in headless Chromium, against the gateway on Kestrel with a fake Inventory behind it.</summary>
public sealed partial class WaitingRoomBrowserTests
{
    // Two retries happen in this much virtual time (one at once, then one every 5 s).
    private static readonly TimeSpan VirtualTime = TimeSpan.FromSeconds(8);

    [ChromiumFact]
    public async Task It_shows_the_sale_and_its_stock()
    {
        await using var gateway = await FlashSaleHarness.StartAsync();
        gateway.Inventory.Stock("ps5", 7);

        var dom = await HeadlessChromium.DumpDomAsync(new Uri(gateway.BaseAddress, "/waiting-room?productId=ps5"), VirtualTime);

        Assert.Equal("ps5", Text(dom, "product"));
        Assert.Equal("7", Text(dom, "available"));
        Assert.Equal("0", Text(dom, "sold"));
        Assert.Equal("none", OrderState(dom));
    }

    [ChromiumFact]
    public async Task It_retries_the_pending_order_with_its_key_and_token_and_shows_it_accepted()
    {
        await using var gateway = await FlashSaleHarness.StartAsync();
        gateway.Inventory.Stock("ps5", 3);
        var subject = TestTokens.NewSubject();
        var token = TestTokens.Customer(subject);

        var dom = await HeadlessChromium.DumpDomAsync(PageWithPendingOrder(gateway, "ps5", "key-42", token), VirtualTime);

        Assert.Equal("accepted", OrderState(dom));
        Assert.Equal("ps5", Text(dom, "product"));
        var order = Assert.Single(gateway.Inventory.Received, request => request.Path == "/flash-orders");
        var sent = JsonDocument.Parse(order.Body).RootElement;
        Assert.Equal(("ps5", subject, "key-42"),
            (sent.GetProperty("productId").GetString(), sent.GetProperty("userId").GetString(), sent.GetProperty("idempotencyKey").GetString()));
        Assert.Equal("Bearer " + token, order.Header("Authorization"));
        Assert.Contains(sent.GetProperty("productId").GetString()!, dom, StringComparison.Ordinal);
        Assert.Matches("Order [0-9a-f-]{36}", Text(dom, "order-id"));
        Assert.Equal(2, gateway.Inventory.Available("ps5"));
    }

    [ChromiumFact]
    public async Task While_the_bucket_stays_empty_it_keeps_waiting_and_sends_nothing_to_Inventory()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var gateway = await FlashSaleHarness.StartAsync(new Dictionary<string, string?>
        {
            ["FlashSale:Admission:Threshold"] = "1",
            ["FlashSale:Admission:Burst"] = "1",
        }, clock);
        gateway.Inventory.Stock("ps5", 3);
        var token = TestTokens.Customer();
        using (var drained = await gateway.OrderAsync(token, new { productId = "ps5" }))
        {
            Assert.Equal(HttpStatusCode.OK, drained.StatusCode);
        }

        var dom = await HeadlessChromium.DumpDomAsync(PageWithPendingOrder(gateway, "ps5", "key-7", token), VirtualTime);

        Assert.Equal("waiting", OrderState(dom));
        Assert.Single(gateway.Inventory.Received, request => request.Path == "/flash-orders");
        Assert.Equal("2", Text(dom, "available"));
    }

    [ChromiumFact]
    public async Task A_sold_out_sale_is_shown_as_sold_out()
    {
        await using var gateway = await FlashSaleHarness.StartAsync();
        gateway.Inventory.Stock("ps5", 0);

        var dom = await HeadlessChromium.DumpDomAsync(PageWithPendingOrder(gateway, "ps5", "key-1", TestTokens.Customer()), VirtualTime);

        Assert.Equal("sold_out", OrderState(dom));
        Assert.Equal("0", Text(dom, "available"));
    }

    private static Uri PageWithPendingOrder(FlashSaleHarness gateway, string productId, string idempotencyKey, string token)
    {
        var pending = JsonSerializer.Serialize(new { productId, idempotencyKey, token });
        return new Uri(gateway.BaseAddress, "/waiting-room#pendingOrder=" + Uri.EscapeDataString(pending));
    }

    private static string Text(string dom, string id)
    {
        var match = Regex.Match(dom, $"<[a-z0-9]+ id=\"{id}\"[^>]*>([^<]*)<");
        Assert.True(match.Success, $"no element #{id} in {dom}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    private static string OrderState(string dom) => OrderStatePattern().Match(dom) is { Success: true } match ? match.Groups[1].Value : "";

    [GeneratedRegex("id=\"order\" data-state=\"([a-z_]+)\"")]
    private static partial Regex OrderStatePattern();
}
