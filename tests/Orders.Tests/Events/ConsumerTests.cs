using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PurchasePlatform.Orders.Domain;
using PurchasePlatform.Orders.Events;
using PurchasePlatform.Orders.Tests.Infrastructure;
using static PurchasePlatform.Orders.Tests.Infrastructure.Requests;

namespace PurchasePlatform.Orders.Tests.Events;

/// <summary>The consumed topics, delivered as the sidecar does (POST to the subscription route); each event twice.</summary>
public sealed class ConsumerTests(OrdersApp app) : IClassFixture<OrdersApp>
{
    [Fact]
    public async Task Payment_completed_twice_confirms_the_order_once()
    {
        var user = NewUser();
        var id = await app.PlaceAsync(user);
        using var sidecar = app.CreateClient();
        var message = PaymentCompleted(id, user, 647.97m, "USD");

        using var first = await sidecar.PostAsJsonAsync("/events/payments/payment-completed", message);
        using var second = await sidecar.PostAsJsonAsync("/events/payments/payment-completed", message);

        Assert.Equal("SUCCESS", (await first.JsonAsync())["status"]!.GetValue<string>());
        Assert.Equal("SUCCESS", (await second.JsonAsync())["status"]!.GetValue<string>());
        var order = await app.InDatabaseAsync(db => db.Orders.AsNoTracking().SingleAsync(o => o.Id == id));
        Assert.Equal(OrderStatus.Paid, order.Status);
        Assert.Equal("pay-456", order.PaymentId);
        Assert.Equal(2, order.History.Count);
        Assert.Single(await app.OutboxAsync(OrderTopics.OrderConfirmed), m => m.Payload.Contains(id.ToString("D")));
    }

    [Theory]
    [InlineData("0.01", "USD", false)]
    [InlineData("647.96", "USD", false)]
    [InlineData("647.97", "EUR", false)]
    [InlineData("647.97", "USD", true)]
    public async Task A_payment_that_does_not_pay_the_order_leaves_it_pending_and_is_noted(string amount, string currency, bool byAnotherUser)
    {
        var user = NewUser();
        var id = await app.PlaceAsync(user);
        using var sidecar = app.CreateClient();

        using var response = await sidecar.PostAsJsonAsync("/events/payments/payment-completed",
            PaymentCompleted(id, byAnotherUser ? NewUser() : user, decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency));

        Assert.Equal("SUCCESS", (await response.JsonAsync())["status"]!.GetValue<string>());
        var order = await app.InDatabaseAsync(db => db.Orders.AsNoTracking().SingleAsync(o => o.Id == id));
        Assert.Equal(OrderStatus.Pending, order.Status);
        Assert.Null(order.PaymentId);
        Assert.Single(order.History, change => change.Note!.StartsWith("Payment pay-456 not accepted", StringComparison.Ordinal));
        Assert.DoesNotContain(await app.OutboxAsync(OrderTopics.OrderConfirmed), m => m.Payload.Contains(id.ToString("D")));
    }

    [Fact]
    public async Task Payment_failed_twice_leaves_the_order_pending_with_one_note()
    {
        var id = await app.PlaceAsync(NewUser());
        using var sidecar = app.CreateClient();
        var message = new
        {
            event_id = "evt-fail-" + Guid.NewGuid().ToString("N"), event_type = "payment_failed", payment_id = "pay-9", order_id = id.ToString("D"),
            data = new { reason = "Insufficient funds", error_code = "INSUFFICIENT_FUNDS", failed_at = DateTime.UtcNow },
        };

        using (await sidecar.PostAsJsonAsync("/events/payments/payment-failed", message)) { }
        using (await sidecar.PostAsJsonAsync("/events/payments/payment-failed", message)) { }

        var order = await app.InDatabaseAsync(db => db.Orders.AsNoTracking().SingleAsync(o => o.Id == id));
        Assert.Equal(OrderStatus.Pending, order.Status);
        Assert.Single(order.History, change => change.Note!.Contains("Insufficient funds"));
    }

    [Fact]
    public async Task A_payment_for_an_unknown_order_is_dropped()
    {
        using var sidecar = app.CreateClient();

        using var response = await sidecar.PostAsJsonAsync("/events/payments/payment-completed",
            new { event_id = "evt-x", payment_id = "pay-1", order_id = Guid.NewGuid().ToString("D") });

        Assert.Equal("DROP", (await response.JsonAsync())["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_flash_sale_order_is_stored_once_with_its_id_and_the_catalog_price()
    {
        app.Catalog.Has("flash-1", "Limited Sneaker", 12000);
        var orderId = Guid.NewGuid();
        var user = NewUser();
        using var sidecar = app.CreateClient();
        var message = new { eventId = orderId.ToString("D"), orderId, productId = "flash-1", userId = user, quantity = 1, idempotencyKey = "k-1", acceptedAt = DateTimeOffset.UtcNow };

        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => sidecar.PostAsJsonAsync("/events/inventory/order-accepted", message)));

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        var orders = await app.InDatabaseAsync(db => db.Orders.AsNoTracking().Where(o => o.UserId == user).ToListAsync());
        var order = Assert.Single(orders);
        Assert.Equal(orderId, order.Id);
        Assert.Equal(OrderSource.FlashSale, order.Source);
        Assert.Equal(12000, order.TotalCents);
        Assert.True(order.PriceKnown);
        Assert.Single(await app.OutboxAsync(OrderTopics.OrderPlaced), m => m.Payload.Contains(orderId.ToString("D")));
    }

    [Fact]
    public async Task A_flash_sale_order_for_a_product_the_catalog_does_not_know_is_stored_with_price_0()
    {
        var orderId = Guid.NewGuid();
        using var sidecar = app.CreateClient();

        using var response = await sidecar.PostAsJsonAsync("/events/inventory/order-accepted",
            new { eventId = orderId.ToString("D"), orderId, productId = "unknown-product", userId = NewUser(), quantity = 2, idempotencyKey = "k" });

        Assert.Equal("SUCCESS", (await response.JsonAsync())["status"]!.GetValue<string>());
        var order = await app.InDatabaseAsync(db => db.Orders.AsNoTracking().SingleAsync(o => o.Id == orderId));
        Assert.False(order.PriceKnown);
        Assert.Equal(0, order.TotalCents);
    }

    [Fact]
    public async Task A_flash_sale_order_waits_for_the_catalog_when_it_is_down()
    {
        var orderId = Guid.NewGuid();
        using var sidecar = app.CreateClient();
        app.Catalog.Down = true;
        try
        {
            using var response = await sidecar.PostAsJsonAsync("/events/inventory/order-accepted",
                new { eventId = orderId.ToString("D"), orderId, productId = "flash-1", userId = NewUser(), quantity = 1 });

            Assert.Equal("RETRY", (await response.JsonAsync())["status"]!.GetValue<string>());
            Assert.False(await app.InDatabaseAsync(db => db.Orders.AnyAsync(o => o.Id == orderId)));
        }
        finally
        {
            app.Catalog.Down = false;
        }
    }

    private static object PaymentCompleted(Guid orderId, string userId, decimal amount, string currency) => new
    {
        event_id = "evt-pay-" + Guid.NewGuid().ToString("N"), event_type = "payment_completed", payment_id = "pay-456", order_id = orderId.ToString("D"),
        user_id = userId, data = new { amount, currency, transaction_id = "txn-789", completed_at = DateTime.UtcNow },
    };
}
