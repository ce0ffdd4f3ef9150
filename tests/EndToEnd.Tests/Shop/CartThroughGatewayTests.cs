using System.Net;
using System.Text.Json;
using EndToEnd.Tests.Platform;

namespace EndToEnd.Tests.Shop;

/// <summary>Seed 003's Shopping Cart routes and seed 004's signed snapshot through the gateway (issue 5, items 2 and 3).</summary>
[Collection(PlatformCollection.Name)]
public sealed class CartThroughGatewayTests(PlatformRun platform) : IAsyncLifetime
{
    private HttpClient _gateway = null!;
    private ShopCalls _shop = null!;
    private Customer _customer = null!;

    private string Token => _customer.AccessToken;

    public async Task InitializeAsync()
    {
        foreach (var app in new[] { "identity", "gateway", "catalog", "cart" }) await platform.WaitUntilReadyAsync(app);
        _gateway = platform.Gateway();
        _shop = new ShopCalls(_gateway);
        _customer = (await PlatformAccounts.RegisterCustomersAsync(_gateway, 1, 1)).Single();
    }

    public Task DisposeAsync()
    {
        _gateway.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Items_are_added_merged_updated_removed_and_cleared_with_exact_totals()
    {
        var products = await _shop.ProductsInStockAsync(pageNumber: 2, count: 2);
        var (first, second) = (products[0].GetProperty("id").GetString()!, products[1].GetProperty("id").GetString()!);

        var added = await _shop.PostAsync("api/v1/cart/items", Token, new { productId = first, quantity = 2 });
        Assert.Equal(HttpStatusCode.Created, added.Status);
        Assert.Equal(products[0].GetProperty("name").GetString(), added.Data.GetProperty("productName").GetString());
        Assert.Equal(products[0].GetProperty("price").GetDecimal(), added.Data.GetProperty("price").GetDecimal());
        Assert.Equal(HttpStatusCode.Created, (await _shop.PostAsync("api/v1/cart/items", Token, new { productId = first, quantity = 1 })).Status);
        Assert.Equal(HttpStatusCode.Created, (await _shop.PostAsync("api/v1/cart/items", Token, new { productId = second, quantity = 1 })).Status);

        var cart = (await _shop.GetAsync("api/v1/cart", Token)).Data;
        Assert.Equal(_customer.UserId, cart.GetProperty("userId").GetString());
        Assert.Equal([(first, 3), (second, 1)], Lines(cart).OrderBy(l => l.ProductId == second));
        Assert.Equal(4, cart.GetProperty("itemCount").GetInt32());
        AssertTotals(cart);

        var firstLine = cart.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("productId").GetString() == first);
        var updated = await _shop.PutAsync($"api/v1/cart/items/{firstLine.GetProperty("id").GetString()}", Token, new { quantity = 5 });
        Assert.Equal(HttpStatusCode.OK, updated.Status);
        Assert.Equal(5 * products[0].GetProperty("price").GetDecimal(), updated.Data.GetProperty("subtotal").GetDecimal());
        Assert.Equal(HttpStatusCode.BadRequest, (await _shop.PutAsync($"api/v1/cart/items/{firstLine.GetProperty("id").GetString()}", Token, new { quantity = 0 })).Status);

        Assert.Equal(HttpStatusCode.NoContent, (await _shop.DeleteAsync($"api/v1/cart/items/{firstLine.GetProperty("id").GetString()}", Token)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _shop.DeleteAsync($"api/v1/cart/items/{firstLine.GetProperty("id").GetString()}", Token)).Status);
        cart = (await _shop.GetAsync("api/v1/cart", Token)).Data;
        Assert.Equal([(second, 1)], Lines(cart));
        AssertTotals(cart);

        Assert.Equal(HttpStatusCode.NoContent, (await _shop.DeleteAsync("api/v1/cart", Token)).Status);
        cart = (await _shop.GetAsync("api/v1/cart", Token)).Data;
        Assert.Empty(cart.GetProperty("items").EnumerateArray());
        Assert.Equal(0m, cart.GetProperty("total").GetDecimal());
    }

    [Fact]
    public async Task Unknown_products_bad_quantities_too_much_stock_and_no_token_are_refused()
    {
        var product = (await _shop.ProductsInStockAsync(pageNumber: 2, count: 1, minStock: 2, maxStock: 97)).Single();
        var stock = product.GetProperty("stock").GetInt32();

        var unknown = await _shop.PostAsync("api/v1/cart/items", Token, new { productId = "prod-does-not-exist", quantity = 1 });
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal("NOT_FOUND", unknown.ErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _shop.PostAsync("api/v1/cart/items", Token, new { productId = product.GetProperty("id").GetString(), quantity = 0 })).Status);
        var tooMany = await _shop.PostAsync("api/v1/cart/items", Token, new { productId = product.GetProperty("id").GetString(), quantity = stock + 1 });
        Assert.Equal(HttpStatusCode.Conflict, tooMany.Status);
        Assert.Equal("INSUFFICIENT_STOCK", tooMany.ErrorCode);
        Assert.Equal(stock, tooMany.Body.GetProperty("errors")[0].GetProperty("availableStock").GetInt32());

        Assert.Equal(HttpStatusCode.Unauthorized, (await _shop.GetAsync("api/v1/cart")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _shop.PostAsync("api/v1/cart/items", null, new { productId = product.GetProperty("id").GetString(), quantity = 1 })).Status);
        Assert.Empty((await _shop.GetAsync("api/v1/cart", Token)).Data.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Coupons_apply_once_refuse_expired_unknown_below_minimum_and_stacking()
    {
        var cheap = (await _shop.ProductsInStockAsync(pageNumber: 1, count: 1, filter: "&maxPrice=40")).Single();
        await _shop.FillCartAsync(Token, (cheap.GetProperty("id").GetString()!, 1));

        var below = await _shop.PostAsync("api/v1/cart/apply-coupon", Token, new { couponCode = "WELCOME10" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, below.Status);
        Assert.Equal("COUPON_MINIMUM_NOT_MET", below.ErrorCode);
        var expired = await _shop.PostAsync("api/v1/cart/apply-coupon", Token, new { couponCode = "SUMMER2025" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, expired.Status);
        Assert.Equal("COUPON_EXPIRED", expired.ErrorCode);
        var unknown = await _shop.PostAsync("api/v1/cart/apply-coupon", Token, new { couponCode = "NOSUCHCODE" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal("COUPON_NOT_FOUND", unknown.ErrorCode);

        var dear = (await _shop.ProductsInStockAsync(pageNumber: 1, count: 1, filter: "&minPrice=120")).Single();
        await _shop.FillCartAsync(Token, (dear.GetProperty("id").GetString()!, 1));
        var applied = await _shop.PostAsync("api/v1/cart/apply-coupon", Token, new { couponCode = "SAVE20" });
        Assert.Equal(HttpStatusCode.OK, applied.Status);
        var subtotal = applied.Data.GetProperty("subtotal").GetDecimal();
        Assert.Equal(cheap.GetProperty("price").GetDecimal() + dear.GetProperty("price").GetDecimal(), subtotal);
        Assert.Equal(Math.Round(subtotal * 0.20m, 2, MidpointRounding.AwayFromZero), applied.Data.GetProperty("discount").GetDecimal());

        var stacked = await _shop.PostAsync("api/v1/cart/apply-coupon", Token, new { couponCode = "TAKE15" });
        Assert.Equal(HttpStatusCode.Conflict, stacked.Status);
        Assert.Equal("COUPON_ALREADY_APPLIED", stacked.ErrorCode);
        var cart = (await _shop.GetAsync("api/v1/cart", Token)).Data;
        Assert.Equal("SAVE20", cart.GetProperty("couponCode").GetString());
        AssertTotals(cart);

        var removed = await _shop.DeleteAsync("api/v1/cart/coupon", Token);
        Assert.Equal(HttpStatusCode.OK, removed.Status);
        Assert.Equal(0m, removed.Data.GetProperty("discount").GetDecimal());
        Assert.Equal(JsonValueKind.Null, removed.Data.GetProperty("couponCode").ValueKind);
    }

    [Fact]
    public async Task A_once_per_customer_coupon_is_used_up_by_a_checkout_snapshot()
    {
        var dear = (await _shop.ProductsInStockAsync(pageNumber: 1, count: 1, filter: "&minPrice=60")).Single();
        await _shop.FillCartAsync(Token, (dear.GetProperty("id").GetString()!, 1));
        Assert.Equal(HttpStatusCode.OK, (await _shop.PostAsync("api/v1/cart/apply-coupon", Token, new { couponCode = "WELCOME10" })).Status);
        var snapshot = await _shop.PostAsync("api/v1/cart/snapshot", Token);
        Assert.Equal(HttpStatusCode.OK, snapshot.Status);
        Assert.Equal(1000, snapshot.Data.GetProperty("pricingSnapshot").GetProperty("discountCents").GetInt64());

        Assert.Equal(HttpStatusCode.NoContent, (await _shop.DeleteAsync("api/v1/cart", Token)).Status);
        await _shop.FillCartAsync(Token, (dear.GetProperty("id").GetString()!, 1));
        var again = await _shop.PostAsync("api/v1/cart/apply-coupon", Token, new { couponCode = "WELCOME10" });

        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal("COUPON_USER_LIMIT_REACHED", again.ErrorCode);
    }

    [Fact]
    public async Task A_coupon_whose_uses_are_all_taken_is_refused_to_the_next_customer_as_exhausted()
    {
        var product = (await _shop.ProductsInStockAsync(pageNumber: 4, count: 1)).Single().GetProperty("id").GetString()!;
        var other = (await PlatformAccounts.RegisterCustomersAsync(_gateway, 1, 1)).Single().AccessToken;
        await _shop.FillCartAsync(Token, (product, 1));
        await _shop.FillCartAsync(other, (product, 1));
        Assert.Equal(HttpStatusCode.OK, (await _shop.PostAsync("api/v1/cart/apply-coupon", Token, new { couponCode = PlatformRun.ExhaustibleCoupon })).Status);
        Assert.Equal(HttpStatusCode.OK, (await _shop.PostAsync("api/v1/cart/snapshot", Token)).Status);

        var refused = await _shop.PostAsync("api/v1/cart/apply-coupon", other, new { couponCode = PlatformRun.ExhaustibleCoupon });

        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Equal("COUPON_EXHAUSTED", refused.ErrorCode);
        Assert.Equal(JsonValueKind.Null, (await _shop.GetAsync("api/v1/cart", other)).Data.GetProperty("couponCode").ValueKind);
    }

    [Fact]
    public async Task Parallel_adds_from_many_tabs_lose_nothing()
    {
        var products = await _shop.ProductsInStockAsync(pageNumber: 3, count: 9, minStock: 12);
        var shared = products[0].GetProperty("id").GetString()!;
        var others = products.Skip(1).Select(p => p.GetProperty("id").GetString()!).ToList();

        var adds = Enumerable.Range(0, 10).Select(_ => (ProductId: shared, Quantity: 1)).Concat(others.Select(id => (ProductId: id, Quantity: 2)));
        var answers = await Task.WhenAll(adds.Select(a => _shop.PostAsync("api/v1/cart/items", Token, new { productId = a.ProductId, quantity = a.Quantity })));

        Assert.All(answers, a => Assert.True(a.Status == HttpStatusCode.Created, a.ToString()));
        var cart = (await _shop.GetAsync("api/v1/cart", Token)).Data;
        Assert.Equal(new[] { (shared, 10) }.Concat(others.Select(id => (id, 2))).OrderBy(l => l.Item1),
            Lines(cart).OrderBy(l => l.ProductId));
        Assert.Equal(10 + 2 * others.Count, cart.GetProperty("itemCount").GetInt32());
        AssertTotals(cart);
    }

    [Fact]
    public async Task The_checkout_snapshot_is_signed_and_matches_the_cart()
    {
        var empty = await _shop.PostAsync("api/v1/cart/snapshot", Token);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.Status);
        Assert.Equal("CART_EMPTY", empty.ErrorCode);

        var products = await _shop.ProductsInStockAsync(pageNumber: 4, count: 2);
        var cart = await _shop.FillCartAsync(Token, (products[0].GetProperty("id").GetString()!, 2), (products[1].GetProperty("id").GetString()!, 1));
        var answer = await _shop.PostAsync("api/v1/cart/snapshot", Token);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var snapshot = answer.Data;
        Assert.True(Guid.TryParse(snapshot.GetProperty("snapshotId").GetString(), out _));
        Assert.True(Guid.TryParse(snapshot.GetProperty("cartId").GetString(), out _));
        Assert.True(snapshot.GetProperty("cartVersion").GetInt64() >= 2);
        Assert.Equal("USD", snapshot.GetProperty("currency").GetString());
        Assert.Equal(_customer.UserId, snapshot.GetProperty("userId").GetString());
        Assert.Matches("^[0-9a-f]{64}$", snapshot.GetProperty("signature").GetString());
        var items = snapshot.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(Lines(cart).OrderBy(l => l.ProductId),
            items.Select(i => (i.GetProperty("productId").GetString()!, i.GetProperty("quantity").GetInt32())).OrderBy(l => l.Item1));
        Assert.All(items, i =>
        {
            Assert.False(string.IsNullOrEmpty(i.GetProperty("title").GetString()));
            Assert.Equal(i.GetProperty("unitPriceCents").GetInt64() * i.GetProperty("quantity").GetInt32(), i.GetProperty("lineTotalCents").GetInt64());
        });
        Assert.Equal(items.Sum(i => i.GetProperty("lineTotalCents").GetInt64()), snapshot.GetProperty("totals").GetProperty("subtotalCents").GetInt64());
        var pricing = snapshot.GetProperty("pricingSnapshot");
        Assert.Equal((long)(cart.GetProperty("total").GetDecimal() * 100), pricing.GetProperty("totalCents").GetInt64());
        Assert.Equal(pricing.GetProperty("subtotalCents").GetInt64() - pricing.GetProperty("discountCents").GetInt64() + pricing.GetProperty("taxCents").GetInt64(),
            pricing.GetProperty("totalCents").GetInt64());
    }

    private static List<(string ProductId, int Quantity)> Lines(JsonElement cart) =>
        cart.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("productId").GetString()!, i.GetProperty("quantity").GetInt32())).ToList();

    /// <summary>Subtotal is the sum of the lines; total is subtotal - discount + 8% tax of the rest, to the cent.</summary>
    private static void AssertTotals(JsonElement cart)
    {
        var items = cart.GetProperty("items").EnumerateArray().ToList();
        Assert.All(items, i => Assert.Equal(i.GetProperty("price").GetDecimal() * i.GetProperty("quantity").GetInt32(), i.GetProperty("subtotal").GetDecimal()));
        var subtotal = items.Sum(i => i.GetProperty("subtotal").GetDecimal());
        var discount = cart.GetProperty("discount").GetDecimal();
        var tax = Math.Round((subtotal - discount) * 0.08m, 2, MidpointRounding.AwayFromZero);
        Assert.Equal(subtotal, cart.GetProperty("subtotal").GetDecimal());
        Assert.Equal(tax, cart.GetProperty("tax").GetDecimal());
        Assert.Equal(subtotal - discount + tax, cart.GetProperty("total").GetDecimal());
    }
}
