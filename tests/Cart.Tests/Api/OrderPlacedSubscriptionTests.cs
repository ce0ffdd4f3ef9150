using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PurchasePlatform.Cart.Tests.Infrastructure;

namespace PurchasePlatform.Cart.Tests.Api;

/// <summary>
/// Orders announces <c>orders.order_placed.v1</c> with the cart it was checked out from: Cart empties that cart if it is
/// still the user's current one, and a second delivery changes nothing.
/// </summary>
[Collection(CartHostCollection.Name)]
public sealed class OrderPlacedSubscriptionTests(CartTestHost host)
{
    [Fact]
    public async Task Cart_subscribes_to_order_placed()
    {
        using var response = await host.Client.GetAsync("/dapr/subscribe");

        var subscriptions = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(subscriptions.EnumerateArray(), s =>
            s.GetProperty("pubsubName").GetString() == "pubsub" && s.GetProperty("topic").GetString() == "orders.order_placed.v1");
    }

    [Fact]
    public async Task The_cart_the_order_was_placed_from_is_emptied_with_its_coupon()
    {
        var shopper = host.NewShopper();
        await shopper.AddedAsync(host.Catalog.Add("Item", 10000), 1);
        (await shopper.ApplyCouponAsync(TestCoupons.Fixed25)).Dispose();
        var cartId = await SnapshotCartIdAsync(shopper);

        var status = await DeliverAsync(OrderPlaced(shopper.UserId, cartId));

        Assert.Equal("SUCCESS", status);
        var cart = await shopper.CartAsync();
        Assert.Equal(0, cart.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, cart.GetProperty("couponCode").ValueKind);
    }

    [Fact]
    public async Task A_second_delivery_leaves_the_new_cart_alone()
    {
        var shopper = host.NewShopper();
        await shopper.AddedAsync(host.Catalog.Add("Item", 1000), 1);
        var placed = OrderPlaced(shopper.UserId, await SnapshotCartIdAsync(shopper));
        Assert.Equal("SUCCESS", await DeliverAsync(placed));
        await shopper.AddedAsync(host.Catalog.Add("Next", 1000), 2);

        var status = await DeliverAsync(placed);

        Assert.Equal("SUCCESS", status);
        Assert.Equal(1, (await shopper.CartAsync()).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Another_cart_id_leaves_the_current_cart_alone()
    {
        var shopper = host.NewShopper();
        await shopper.AddedAsync(host.Catalog.Add("Item", 1000), 1);

        var status = await DeliverAsync(OrderPlaced(shopper.UserId, Guid.NewGuid().ToString()));

        Assert.Equal("SUCCESS", status);
        Assert.Equal(1, (await shopper.CartAsync()).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Another_users_event_leaves_the_cart_alone()
    {
        var shopper = host.NewShopper();
        await shopper.AddedAsync(host.Catalog.Add("Item", 1000), 1);
        var cartId = await SnapshotCartIdAsync(shopper);

        var status = await DeliverAsync(OrderPlaced(Guid.NewGuid(), cartId));

        Assert.Equal("SUCCESS", status);
        Assert.Equal(1, (await shopper.CartAsync()).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task An_order_not_made_from_a_cart_is_dropped()
    {
        var shopper = host.NewShopper();
        await shopper.AddedAsync(host.Catalog.Add("Item", 1000), 1);

        var status = await DeliverAsync(OrderPlaced(shopper.UserId, cartId: null));

        Assert.Equal("DROP", status);
        Assert.Equal(1, (await shopper.CartAsync()).GetProperty("items").GetArrayLength());
    }

    private static async Task<string> SnapshotCartIdAsync(Shopper shopper) =>
        (await (await shopper.SnapshotAsync()).DataAsync()).GetProperty("cartId").GetString()!;

    // As Orders writes it (seed 002's order_created plus event_id and cart_id), wrapped in a CloudEvent as Dapr delivers it.
    private static string OrderPlaced(Guid userId, string? cartId) => JsonSerializer.Serialize(new
    {
        specversion = "1.0",
        id = Guid.NewGuid().ToString(),
        source = "orders",
        type = "com.dapr.event.sent",
        topic = "orders.order_placed.v1",
        pubsubname = "pubsub",
        datacontenttype = "application/json",
        data = new Dictionary<string, object?>
        {
            ["event_type"] = "order_created",
            ["event_id"] = Guid.NewGuid().ToString(),
            ["order_id"] = Guid.NewGuid().ToString(),
            ["order_number"] = "ORD-2026-000001",
            ["user_id"] = userId.ToString("D"),
            ["data"] = new Dictionary<string, object?>
            {
                ["total_amount"] = 10.80m,
                ["currency"] = "USD",
                ["items"] = Array.Empty<object>(),
                ["created_at"] = "2026-01-02T03:04:05Z",
                ["cart_id"] = cartId,
            },
        },
    });

    private async Task<string> DeliverAsync(string cloudEvent)
    {
        using var content = new StringContent(cloudEvent, Encoding.UTF8, "application/cloudevents+json");
        using var response = await host.Client.PostAsync("/events/orders/order-placed", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString()!;
    }
}
