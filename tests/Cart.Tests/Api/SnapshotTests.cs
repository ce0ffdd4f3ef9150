using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using PurchasePlatform.BuildingBlocks.Snapshots;
using PurchasePlatform.Cart.Tests.Infrastructure;

namespace PurchasePlatform.Cart.Tests.Api;

[Collection(CartHostCollection.Name)]
public sealed class SnapshotTests(CartTestHost host)
{
    [Fact]
    public async Task The_snapshot_has_seed_004s_fields_and_a_valid_signature()
    {
        var shopper = host.NewShopper();
        var headphones = host.Catalog.Add("Wireless Headphones", 29999, sku: "WH-001");
        await shopper.AddedAsync(headphones, 2);
        await shopper.AddedAsync(host.Catalog.Add("Smart Watch", 39999), 1);
        (await shopper.ApplyCouponAsync("SAVE20")).Dispose();

        using var response = await shopper.SnapshotAsync();

        var snapshot = await response.DataAsync();
        Assert.Equal(
            ["snapshotId", "cartId", "cartVersion", "currency", "items", "totals", "createdAt", "userId", "pricingSnapshot", "signature"],
            snapshot.EnumerateObject().Select(member => member.Name));
        Assert.True(Guid.TryParse(snapshot.GetProperty("snapshotId").GetString(), out _));
        Assert.True(Guid.TryParse(snapshot.GetProperty("cartId").GetString(), out _));
        Assert.Equal(3, snapshot.GetProperty("cartVersion").GetInt64());
        Assert.Equal("USD", snapshot.GetProperty("currency").GetString());
        Assert.Equal(shopper.UserId.ToString(), snapshot.GetProperty("userId").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", snapshot.GetProperty("createdAt").GetString());
        var item = snapshot.GetProperty("items")[0];
        Assert.Equal(headphones, item.GetProperty("productId").GetString());
        Assert.Equal("Wireless Headphones", item.GetProperty("title").GetString());
        Assert.Equal(29999, item.GetProperty("unitPriceCents").GetInt64());
        Assert.Equal(2, item.GetProperty("quantity").GetInt32());
        Assert.Equal(59998, item.GetProperty("lineTotalCents").GetInt64());
        var totals = snapshot.GetProperty("totals");
        Assert.Equal(2, totals.GetProperty("itemCount").GetInt32());
        Assert.Equal(3, totals.GetProperty("totalQuantity").GetInt32());
        Assert.Equal(99997, totals.GetProperty("subtotalCents").GetInt64());
        Assert.Equal("USD", totals.GetProperty("currency").GetString());
        var pricing = snapshot.GetProperty("pricingSnapshot");
        Assert.Equal("SAVE20", pricing.GetProperty("couponCode").GetString());
        Assert.Equal(19999, pricing.GetProperty("discountCents").GetInt64());
        Assert.Equal(800, pricing.GetProperty("taxRateBasisPoints").GetInt32());
        Assert.Equal(6400, pricing.GetProperty("taxCents").GetInt64());
        Assert.Equal(86398, pricing.GetProperty("totalCents").GetInt64());
        Assert.Equal(0, pricing.GetProperty("priceChanges").GetArrayLength());
        Assert.Matches("^[0-9a-f]{64}$", snapshot.GetProperty("signature").GetString());

        Assert.True(CartSnapshotSigner.IsValid(snapshot.GetRawText(), CartTestHost.SnapshotSecret));
        Assert.False(CartSnapshotSigner.IsValid(snapshot.GetRawText(), "another secret"));
    }

    [Fact]
    public async Task A_changed_snapshot_no_longer_verifies()
    {
        var shopper = host.NewShopper();
        await shopper.AddedAsync(host.Catalog.Add("Item", 1000), 1);
        var snapshot = JsonNode.Parse((await (await shopper.SnapshotAsync()).DataAsync()).GetRawText())!.AsObject();

        snapshot["items"]![0]!["unitPriceCents"] = 1;

        Assert.False(CartSnapshotSigner.IsValid(snapshot, CartTestHost.SnapshotSecret));
    }

    [Fact]
    public async Task The_internal_route_answers_the_snapshot_without_the_envelope()
    {
        var shopper = host.NewShopper();
        await shopper.AddedAsync(host.Catalog.Add("Item", 1000), 2);

        using var response = await shopper.SendAsync(HttpMethod.Post, $"/internal/carts/{shopper.UserId}/snapshot");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal(2000, body.GetProperty("totals").GetProperty("subtotalCents").GetInt64());
        Assert.True(CartSnapshotSigner.IsValid(body.GetRawText(), CartTestHost.SnapshotSecret));
    }

    [Fact]
    public async Task The_internal_route_serves_the_owner_or_orders_admin_only()
    {
        var owner = host.NewShopper();
        await owner.AddedAsync(host.Catalog.Add("Item", 1000), 1);
        var path = $"/internal/carts/{owner.UserId}/snapshot";

        using var stranger = await host.NewShopper().SendAsync(HttpMethod.Post, path);
        using var admin = await owner.SendAsync(HttpMethod.Post, path, token: TestTokens.For(Guid.NewGuid(), "orders:admin"));
        using var anonymous = await host.Client.PostAsync(path, null);

        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
        Assert.Equal("application/problem+json", stranger.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task An_empty_cart_has_no_snapshot()
    {
        using var response = await host.NewShopper().SnapshotAsync();

        await response.ErrorAsync(HttpStatusCode.UnprocessableEntity, "CART_EMPTY");
    }

    [Fact]
    public async Task Changed_prices_are_taken_into_the_cart_and_reported()
    {
        var shopper = host.NewShopper();
        var product = host.Catalog.Add("Repriced", 5000);
        var steady = host.Catalog.Add("Steady", 1000);
        await shopper.AddedAsync(product, 2);
        await shopper.AddedAsync(steady, 1);
        host.Catalog.SetPrice(product, 4500);

        using var response = await shopper.SnapshotAsync();

        var body = await response.JsonAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("prices changed", body.GetProperty("message").GetString());
        var snapshot = body.GetProperty("data");
        var change = Assert.Single(snapshot.GetProperty("pricingSnapshot").GetProperty("priceChanges").EnumerateArray());
        Assert.Equal(product, change.GetProperty("productId").GetString());
        Assert.Equal(5000, change.GetProperty("previousUnitPriceCents").GetInt64());
        Assert.Equal(4500, change.GetProperty("currentUnitPriceCents").GetInt64());
        Assert.Equal(10000, snapshot.GetProperty("totals").GetProperty("subtotalCents").GetInt64());
        Assert.Equal(3, snapshot.GetProperty("cartVersion").GetInt64());
        Assert.Equal(100.00m, (await shopper.CartAsync()).Decimal("subtotal"));
    }

    [Fact]
    public async Task Stock_below_the_cart_quantity_refuses_the_snapshot()
    {
        var shopper = host.NewShopper();
        var product = host.Catalog.Add("Selling out", 1000, stock: 10);
        await shopper.AddedAsync(product, 4);
        host.Catalog.SetStock(product, 3);

        using var response = await shopper.SnapshotAsync();

        var error = await response.ErrorAsync(HttpStatusCode.Conflict, "INSUFFICIENT_STOCK");
        Assert.Equal("items[0].quantity", error.GetProperty("field").GetString());
        Assert.Equal(3, error.GetProperty("availableStock").GetInt32());
    }

    [Fact]
    public async Task A_product_withdrawn_since_it_was_added_refuses_the_snapshot()
    {
        var shopper = host.NewShopper();
        await shopper.AddedAsync(host.Catalog.Add("Fine", 1000), 1);
        var withdrawn = host.Catalog.Add("Withdrawn", 1000);
        await shopper.AddedAsync(withdrawn, 1);
        host.Catalog.Deactivate(withdrawn);

        using var response = await shopper.SnapshotAsync();

        var error = await response.ErrorAsync(HttpStatusCode.UnprocessableEntity, "PRODUCT_UNAVAILABLE");
        Assert.Equal("items[1].productId", error.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_coupon_whose_minimum_is_no_longer_met_refuses_the_snapshot()
    {
        var shopper = host.NewShopper();
        var itemId = await shopper.AddedAsync(host.Catalog.Add("Pricey", 6000), 2);
        (await (await shopper.ApplyCouponAsync(TestCoupons.Minimum100)).DataAsync()).GetProperty("discount");
        (await shopper.UpdateAsync(itemId, 1)).Dispose();

        using var response = await shopper.SnapshotAsync();

        await response.ErrorAsync(HttpStatusCode.UnprocessableEntity, "COUPON_MINIMUM_NOT_MET");
    }

    [Fact]
    public async Task Snapshots_of_the_same_cart_differ_only_in_id_and_time()
    {
        var shopper = host.NewShopper();
        await shopper.AddedAsync(host.Catalog.Add("Item", 1000), 1);

        var first = JsonNode.Parse((await (await shopper.SnapshotAsync()).DataAsync()).GetRawText())!.AsObject();
        var second = JsonNode.Parse((await (await shopper.SnapshotAsync()).DataAsync()).GetRawText())!.AsObject();

        Assert.NotEqual(first["snapshotId"]!.GetValue<string>(), second["snapshotId"]!.GetValue<string>());
        foreach (var member in new[] { "snapshotId", "createdAt", "signature" })
        {
            first.Remove(member);
            second.Remove(member);
        }

        Assert.Equal(first.ToJsonString(), second.ToJsonString());
    }
}
