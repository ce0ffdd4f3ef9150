using System.Net;
using PurchasePlatform.Cart.Tests.Infrastructure;

namespace PurchasePlatform.Cart.Tests.Api;

/// <summary>Orders tells the cart an order was placed from a snapshot: that cart is emptied, a newer one is left alone.</summary>
[Collection(CartHostCollection.Name)]
public sealed class CheckedOutTests(CartTestHost host)
{
    [Fact]
    public async Task The_checked_out_cart_is_emptied_under_a_new_cart_id()
    {
        var shopper = host.NewShopper();
        await shopper.AddedAsync(host.Catalog.Add("Item", 1000), 1);
        var cartId = (await (await shopper.SnapshotAsync()).DataAsync()).GetProperty("cartId").GetString();

        using var response = await CheckedOutAsync(shopper, cartId!);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(0, (await shopper.CartAsync()).GetProperty("items").GetArrayLength());
        await shopper.AddedAsync(host.Catalog.Add("Next", 1000), 1);
        var next = (await (await shopper.SnapshotAsync()).DataAsync()).GetProperty("cartId").GetString();
        Assert.NotEqual(cartId, next);
    }

    [Fact]
    public async Task Another_cart_id_leaves_the_cart_alone()
    {
        var shopper = host.NewShopper();
        await shopper.AddedAsync(host.Catalog.Add("Item", 1000), 1);

        using var response = await CheckedOutAsync(shopper, Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(1, (await shopper.CartAsync()).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Only_the_owner_or_orders_admin_may_say_so()
    {
        var owner = host.NewShopper();
        await owner.AddedAsync(host.Catalog.Add("Item", 1000), 1);
        var cartId = (await (await owner.SnapshotAsync()).DataAsync()).GetProperty("cartId").GetString()!;

        using var stranger = await CheckedOutAsync(host.NewShopper(), cartId, owner.UserId);
        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
        Assert.Equal(1, (await owner.CartAsync()).GetProperty("items").GetArrayLength());

        using var admin = await owner.SendAsync(HttpMethod.Post, $"/internal/carts/{owner.UserId}/checked-out", new { cartId },
            TestTokens.For(Guid.NewGuid(), "orders:admin"));
        Assert.Equal(HttpStatusCode.NoContent, admin.StatusCode);
        Assert.Equal(0, (await owner.CartAsync()).GetProperty("items").GetArrayLength());
    }

    private static Task<HttpResponseMessage> CheckedOutAsync(Shopper caller, string cartId, Guid? userId = null) =>
        caller.SendAsync(HttpMethod.Post, $"/internal/carts/{userId ?? caller.UserId}/checked-out", new { cartId });
}
