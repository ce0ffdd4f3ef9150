using System.Net;
using PurchasePlatform.Cart.Tests.Infrastructure;

namespace PurchasePlatform.Cart.Tests.Api;

[Collection(CartHostCollection.Name)]
public sealed class CartItemsTests(CartTestHost host)
{
    [Fact]
    public async Task A_new_user_has_an_empty_cart()
    {
        var shopper = host.NewShopper();

        var cart = await shopper.CartAsync();

        Assert.Equal(shopper.UserId.ToString(), cart.GetProperty("userId").GetString());
        Assert.Equal(0, cart.GetProperty("items").GetArrayLength());
        Assert.Equal(0, cart.GetProperty("itemCount").GetInt32());
        Assert.Equal(0m, cart.Decimal("total"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, cart.GetProperty("couponCode").ValueKind);
    }

    [Fact]
    public async Task Adding_takes_name_price_and_image_from_the_catalog_and_answers_201()
    {
        var shopper = host.NewShopper();
        var headphones = host.Catalog.Add("Wireless Headphones", 29999, sku: "WH-001");

        using var response = await shopper.AddAsync(headphones, 2);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("Item added to cart", body.GetProperty("message").GetString());
        var item = body.GetProperty("data");
        Assert.Equal("cart-item-001", item.GetProperty("id").GetString());
        Assert.Equal($"/api/v1/cart/items/cart-item-001", response.Headers.Location!.OriginalString);
        Assert.Equal(headphones, item.GetProperty("productId").GetString());
        Assert.Equal("Wireless Headphones", item.GetProperty("productName").GetString());
        Assert.Equal(299.99m, item.Decimal("price"));
        Assert.Equal(2, item.GetProperty("quantity").GetInt32());
        Assert.Equal(599.98m, item.Decimal("subtotal"));

        var line = (await shopper.CartAsync()).GetProperty("items")[0];
        Assert.Equal($"https://cdn.example.com/products/{headphones}.jpg", line.GetProperty("productImage").GetString());
        Assert.Equal("WH-001", line.GetProperty("sku").GetString());
    }

    [Fact]
    public async Task The_cart_shows_the_seed_totals_with_8_percent_tax()
    {
        var shopper = host.NewShopper();
        await shopper.AddedAsync(host.Catalog.Add("Wireless Headphones", 29999), 2);
        await shopper.AddedAsync(host.Catalog.Add("Smart Watch", 39999), 1);

        var cart = await shopper.CartAsync();

        Assert.Equal(3, cart.GetProperty("itemCount").GetInt32());
        Assert.Equal(999.97m, cart.Decimal("subtotal"));
        Assert.Equal(0m, cart.Decimal("discount"));
        // 999.97 x 8% = 79.9976, rounded half away from zero to the cent.
        Assert.Equal(80.00m, cart.Decimal("tax"));
        Assert.Equal(1079.97m, cart.Decimal("total"));
        Assert.Equal(["cart-item-001", "cart-item-002"], cart.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Adding_a_product_already_in_the_cart_raises_its_quantity_at_the_current_price()
    {
        var shopper = host.NewShopper();
        var product = host.Catalog.Add("Laptop Stand", 4999);
        await shopper.AddedAsync(product, 1);
        host.Catalog.SetPrice(product, 4599);

        using var response = await shopper.AddAsync(product, 2);

        var item = await response.DataAsync();
        Assert.Equal("cart-item-001", item.GetProperty("id").GetString());
        Assert.Equal(3, item.GetProperty("quantity").GetInt32());
        Assert.Equal(45.99m, item.Decimal("price"));
        Assert.Equal(1, (await shopper.CartAsync()).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Adding_an_unknown_product_is_404()
    {
        using var response = await host.NewShopper().AddAsync("prod-999", 1);

        var error = await response.ErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        Assert.Equal("Product with ID 'prod-999' not found", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Adding_an_inactive_product_is_422()
    {
        var product = host.Catalog.Add("Old Model", 1000, active: false);

        using var response = await host.NewShopper().AddAsync(product, 1);

        await response.ErrorAsync(HttpStatusCode.UnprocessableEntity, "PRODUCT_UNAVAILABLE");
    }

    [Fact]
    public async Task Adding_more_than_the_stock_is_409_with_the_seed_stock_error()
    {
        var shopper = host.NewShopper();
        var product = host.Catalog.Add("Limited", 1000, stock: 5);
        await shopper.AddedAsync(product, 3);

        using var response = await shopper.AddAsync(product, 3);

        var error = await response.ErrorAsync(HttpStatusCode.Conflict, "INSUFFICIENT_STOCK");
        Assert.Equal("Only 5 items available, requested 6", error.GetProperty("message").GetString());
        Assert.Equal("quantity", error.GetProperty("field").GetString());
        Assert.Equal(5, error.GetProperty("availableStock").GetInt32());
        Assert.Equal(6, error.GetProperty("requestedQuantity").GetInt32());
        Assert.Equal(3, (await shopper.CartAsync()).GetProperty("itemCount").GetInt32());
    }

    [Theory]
    [InlineData("{\"productId\":\"prod-1\",\"quantity\":0}", "quantity", "VALIDATION_ERROR")]
    [InlineData("{\"productId\":\"prod-1\",\"quantity\":100}", "quantity", "VALIDATION_ERROR")]
    [InlineData("{\"productId\":\"prod-1\"}", "quantity", "REQUIRED_FIELD")]
    [InlineData("{\"quantity\":1}", "productId", "REQUIRED_FIELD")]
    [InlineData("{\"productId\":\"p12345678901234567890123456789012345678901234567890123456789012345\",\"quantity\":1}", "productId", "VALIDATION_ERROR")]
    public async Task Invalid_add_requests_are_400(string json, string field, string code)
    {
        var shopper = host.NewShopper();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/cart/items") { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new("Bearer", shopper.Token);

        using var response = await host.Client.SendAsync(request);

        var error = await response.ErrorAsync(HttpStatusCode.BadRequest, code);
        Assert.Equal(field, error.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Updating_a_quantity_answers_the_line()
    {
        var shopper = host.NewShopper();
        var itemId = await shopper.AddedAsync(host.Catalog.Add("Wireless Headphones", 29999), 1);

        using var response = await shopper.UpdateAsync(itemId, 3);

        var body = await response.JsonAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Cart item updated", body.GetProperty("message").GetString());
        Assert.Equal(itemId, body.GetProperty("data").GetProperty("id").GetString());
        Assert.Equal(3, body.GetProperty("data").GetProperty("quantity").GetInt32());
        Assert.Equal(899.97m, body.GetProperty("data").Decimal("subtotal"));
    }

    [Fact]
    public async Task Updating_beyond_the_stock_is_409_and_changes_nothing()
    {
        var shopper = host.NewShopper();
        var product = host.Catalog.Add("Scarce", 500, stock: 4);
        var itemId = await shopper.AddedAsync(product, 1);

        using var response = await shopper.UpdateAsync(itemId, 5);

        await response.ErrorAsync(HttpStatusCode.Conflict, "INSUFFICIENT_STOCK");
        Assert.Equal(1, (await shopper.CartAsync()).GetProperty("itemCount").GetInt32());
    }

    [Fact]
    public async Task Updating_or_removing_an_unknown_item_is_404()
    {
        var shopper = host.NewShopper();
        await shopper.AddedAsync(host.Catalog.Add("Thing", 100), 1);

        using var update = await shopper.UpdateAsync("cart-item-404", 2);
        using var remove = await shopper.RemoveAsync("cart-item-404");

        await update.ErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        await remove.ErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Fact]
    public async Task Another_users_item_cannot_be_touched()
    {
        var owner = host.NewShopper();
        var itemId = await owner.AddedAsync(host.Catalog.Add("Mine", 100), 1);

        using var response = await host.NewShopper().RemoveAsync(itemId);

        await response.ErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        Assert.Equal(1, (await owner.CartAsync()).GetProperty("itemCount").GetInt32());
    }

    [Fact]
    public async Task Update_with_quantity_zero_is_400()
    {
        var shopper = host.NewShopper();
        var itemId = await shopper.AddedAsync(host.Catalog.Add("Thing", 100), 1);

        using var response = await shopper.UpdateAsync(itemId, 0);

        await response.ErrorAsync(HttpStatusCode.BadRequest, "VALIDATION_ERROR");
    }

    [Fact]
    public async Task Removing_an_item_is_204_and_it_is_gone()
    {
        var shopper = host.NewShopper();
        var keep = await shopper.AddedAsync(host.Catalog.Add("Keep", 100), 1);
        var drop = await shopper.AddedAsync(host.Catalog.Add("Drop", 200), 1);

        using var response = await shopper.RemoveAsync(drop);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var items = (await shopper.CartAsync()).GetProperty("items");
        Assert.Equal([keep], items.EnumerateArray().Select(i => i.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Clearing_is_204_and_empties_the_cart_and_its_coupon()
    {
        var shopper = host.NewShopper();
        await shopper.AddedAsync(host.Catalog.Add("A", 20000), 1);
        (await shopper.ApplyCouponAsync(TestCoupons.Fixed25)).Dispose();

        using var response = await shopper.ClearAsync();
        using var again = await shopper.ClearAsync();

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        var cart = await shopper.CartAsync();
        Assert.Equal(0, cart.GetProperty("items").GetArrayLength());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, cart.GetProperty("couponCode").ValueKind);
    }

    [Fact]
    public async Task An_unreachable_catalog_is_503()
    {
        var shopper = host.NewShopper();
        var product = host.Catalog.Add("Anything", 100);
        host.Catalog.Failing = true;
        try
        {
            using var response = await shopper.AddAsync(product, 1);

            await response.ErrorAsync(HttpStatusCode.ServiceUnavailable, "SERVICE_UNAVAILABLE");
        }
        finally
        {
            host.Catalog.Failing = false;
        }
    }
}
