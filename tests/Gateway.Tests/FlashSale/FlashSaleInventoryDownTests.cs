using System.Net;
using PurchasePlatform.Gateway.Tests.Infrastructure;

namespace PurchasePlatform.Gateway.Tests.FlashSale;

/// <summary>Inventory registered with Dapr but not running: every route that needs it answers the seed's 500.</summary>
public sealed class FlashSaleInventoryDownTests : IAsyncLifetime
{
    private FlashSaleHarness gateway = null!;

    public async Task InitializeAsync() => gateway = await FlashSaleHarness.StartAsync(inventoryDown: true);

    public async Task DisposeAsync() => await gateway.DisposeAsync();

    [Fact]
    public async Task Init_is_500()
    {
        using var response = await gateway.SendAsync(HttpMethod.Post, "/init", TestTokens.Admin(), new { productId = "p", quantity = 1 });

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("error", (await response.JsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_order_is_500_with_the_seeds_body()
    {
        using var response = await gateway.OrderAsync(TestTokens.Customer(), new { productId = "ps5" });

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("""{"status":"error","msg":"Order processing failed"}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("GET", "/inventory/ps5")]
    [InlineData("GET", "/status/0b6f9c5e-1d55-4b8e-9a51-6a1e2f3f9d10")]
    [InlineData("POST", "/cancel/0b6f9c5e-1d55-4b8e-9a51-6a1e2f3f9d10")]
    public async Task Reads_and_cancel_are_500(string method, string path)
    {
        using var response = await gateway.SendAsync(new HttpMethod(method), path, TestTokens.Customer());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }
}
