using Microsoft.EntityFrameworkCore;
using PurchasePlatform.Notifications.Messages.Domain;

namespace PurchasePlatform.Notifications.Tests.Messages;

/// <summary>Payloads as Identity (UserEventRows.Message), Orders (OrderEventPayloads) and Payments (PaymentEvents) publish them.</summary>
public sealed class EventMailTests : MessagesHost
{
    private readonly Guid ann = Guid.NewGuid();
    private readonly Guid orderId = Guid.NewGuid();

    [Fact]
    public async Task A_new_user_gets_a_welcome_mail_and_their_contact_is_remembered_once()
    {
        var eventId = "evt-" + Guid.NewGuid().ToString("N");
        var created = UserCreated(ann, "ann@example.com", "Ann", "Lee", eventId: eventId);

        Assert.Equal("SUCCESS", await DeliverAsync("users.user_created.v1", created));
        Assert.Equal("SUCCESS", await DeliverAsync("users.user_created.v1", created));

        var welcome = Assert.Single(await NotificationsAsync());
        Assert.Equal((NotificationType.Email, "ann@example.com", ann, "welcome", NotificationStatus.Queued, "Welcome to PurchasePlatform, Ann!"),
            (welcome.Type, welcome.To, welcome.UserId, welcome.TemplateId, welcome.Status, welcome.Subject));
        Assert.Equal(eventId, welcome.SourceEventId);
        Assert.Contains("<strong>ann</strong>", welcome.Body);
        var contact = await InDatabaseAsync(db => db.Set<Contact>().SingleAsync());
        Assert.Equal((ann, "ann@example.com", "Ann Lee"), (contact.UserId, contact.Email, contact.Name));
    }

    [Fact]
    public async Task An_order_placed_by_a_known_user_gets_an_order_confirmation_at_the_learned_address()
    {
        await DeliverAsync("users.user_created.v1", UserCreated(ann, "ann@example.com", "Ann", "Lee"));

        Assert.Equal("SUCCESS", await DeliverAsync("orders.order_placed.v1", OrderPlaced(ann, orderId, "ORD-2026-000042", 863.98m)));

        var confirmation = await SingleAsync("order-confirmation");
        Assert.Equal(("ann@example.com", ann, "Order Confirmation ORD-2026-000042", NotificationStatus.Queued),
            (confirmation.To, confirmation.UserId, confirmation.Subject, confirmation.Status));
        Assert.Contains("Hi Ann Lee,", confirmation.Body);
        Assert.Contains("Total: 863.98 USD", confirmation.Body);
    }

    [Fact]
    public async Task An_event_for_an_unknown_user_is_recorded_as_a_failed_notification()
    {
        Assert.Equal("SUCCESS", await DeliverAsync("orders.order_placed.v1", OrderPlaced(ann, orderId, "ORD-1", 10m)));

        var failed = Assert.Single(await NotificationsAsync());
        Assert.Equal((NotificationStatus.Failed, $"no address known for user {ann}", ann, "", "order-confirmation"),
            (failed.Status, failed.Error, failed.UserId, failed.To, failed.TemplateId));
        Assert.True((await DeliverDueAsync()).DidNothing);
    }

    [Fact]
    public async Task A_user_created_event_without_an_address_does_not_break_the_intake()
    {
        Assert.Equal("SUCCESS", await DeliverAsync("users.user_created.v1", new { event_id = "evt-1", event_type = "user_created", user_id = ann }));

        var failed = Assert.Single(await NotificationsAsync());
        Assert.Equal((NotificationStatus.Failed, $"no address known for user {ann}"), (failed.Status, failed.Error));
        Assert.Equal(0, await InDatabaseAsync(db => db.Set<Contact>().CountAsync()));
    }

    [Fact]
    public async Task A_shipped_order_gets_a_mail_and_an_sms_when_a_phone_is_known()
    {
        await DeliverAsync("users.user_created.v1", UserCreated(ann, "ann@example.com", "Ann", "Lee", phone: "+14155550100"));
        await DeliverAsync("orders.order_placed.v1", OrderPlaced(ann, orderId, "ORD-7", 10m));

        Assert.Equal("SUCCESS", await DeliverAsync("orders.order_status_changed.v1", StatusChanged(ann, orderId, "processing", "shipped", "1Z999")));

        var shipped = (await NotificationsAsync()).Where(n => n.TemplateId == "order-shipped").ToList();
        Assert.Equal(2, shipped.Count);
        var mail = Assert.Single(shipped, n => n.Type == NotificationType.Email);
        Assert.Equal(("ann@example.com", "Your order ORD-7 has shipped"), (mail.To, mail.Subject));
        Assert.Contains("Tracking number: 1Z999", mail.Body);
        var sms = Assert.Single(shipped, n => n.Type == NotificationType.Sms);
        Assert.Equal(("+14155550100", "Your order ORD-7 has been shipped! Tracking: 1Z999", ann), (sms.To, sms.Body, sms.UserId));
    }

    [Fact]
    public async Task A_shipped_order_gets_only_a_mail_without_a_phone_and_other_status_changes_get_nothing()
    {
        await DeliverAsync("users.user_created.v1", UserCreated(ann, "ann@example.com", "Ann", "Lee"));

        await DeliverAsync("orders.order_status_changed.v1", StatusChanged(ann, orderId, "paid", "processing", null));
        await DeliverAsync("orders.order_status_changed.v1", StatusChanged(ann, orderId, "processing", "shipped", null));

        var shipped = await SingleAsync("order-shipped");
        Assert.Equal(NotificationType.Email, shipped.Type);
        Assert.Equal($"Your order {orderId} has shipped", shipped.Subject);
        Assert.Equal(2, (await NotificationsAsync()).Count);
    }

    [Fact]
    public async Task A_cancelled_order_gets_a_cancellation_mail_with_the_reason()
    {
        await DeliverAsync("users.user_created.v1", UserCreated(ann, "ann@example.com", "Ann", "Lee"));
        await DeliverAsync("orders.order_placed.v1", OrderPlaced(ann, orderId, "ORD-9", 10m));

        Assert.Equal("SUCCESS", await DeliverAsync("orders.order_canceled.v1", new
        {
            event_type = "order_canceled",
            event_id = Guid.NewGuid().ToString(),
            order_id = orderId.ToString("D"),
            user_id = ann.ToString("D"),
            data = new { reason = "Changed my mind", canceled_at = "2026-03-01T12:00:00Z" },
        }));

        var cancelled = await SingleAsync("order-cancelled");
        Assert.Equal(("ann@example.com", "Your order ORD-9 was cancelled"), (cancelled.To, cancelled.Subject));
        Assert.Contains("Reason: Changed my mind", cancelled.Body);
    }

    [Fact]
    public async Task A_failed_payment_reaches_the_customer_of_its_order()
    {
        await DeliverAsync("users.user_created.v1", UserCreated(ann, "ann@example.com", "Ann", "Lee"));
        await DeliverAsync("orders.order_placed.v1", OrderPlaced(ann, orderId, "ORD-11", 10m));

        Assert.Equal("SUCCESS", await DeliverAsync("payments.payment_failed.v1", new
        {
            event_id = "evt-pay_1-failed",
            event_type = "payment_failed",
            payment_id = "pay_1",
            order_id = orderId.ToString("D"),
            data = new { reason = "Card declined", error_code = "CARD_DECLINED", failed_at = "2026-03-01T12:00:00Z" },
        }));

        var failed = await SingleAsync("payment-failed");
        Assert.Equal(("ann@example.com", ann, "Payment for order ORD-11 failed", NotificationStatus.Queued),
            (failed.To, failed.UserId, failed.Subject, failed.Status));
        Assert.Contains("failed: Card declined", failed.Body);
    }

    [Fact]
    public async Task A_failed_payment_of_an_unknown_order_is_recorded_as_failed()
    {
        await DeliverAsync("payments.payment_failed.v1", new
        {
            event_id = "evt-pay_2-failed",
            event_type = "payment_failed",
            payment_id = "pay_2",
            order_id = orderId.ToString("D"),
            data = new { reason = "Card declined", error_code = "CARD_DECLINED", failed_at = "2026-03-01T12:00:00Z" },
        });

        var failed = await SingleAsync("payment-failed");
        Assert.Equal((NotificationStatus.Failed, $"no address known for the customer of order {orderId:D}"), (failed.Status, failed.Error));
    }

    [Fact]
    public async Task A_refund_gets_a_refund_mail_with_the_amount()
    {
        await DeliverAsync("users.user_created.v1", UserCreated(ann, "ann@example.com", "Ann", "Lee"));
        await DeliverAsync("orders.order_placed.v1", OrderPlaced(ann, orderId, "ORD-12", 50m));

        Assert.Equal("SUCCESS", await DeliverAsync("payments.payment_refunded.v1", new
        {
            event_id = "evt-ref_1-refunded",
            event_type = "payment_refunded",
            payment_id = "pay_3",
            order_id = orderId.ToString("D"),
            user_id = ann,
            data = new { amount = 12.5m, currency = "EUR", refund_id = "ref_1", refunded_at = "2026-03-01T12:00:00Z" },
        }));

        var refund = await SingleAsync("payment-refunded");
        Assert.Equal(("ann@example.com", "Refund for order ORD-12"), (refund.To, refund.Subject));
        Assert.Contains("We refunded 12.50 EUR", refund.Body);
    }

    [Fact]
    public async Task Mails_made_from_events_are_delivered_by_the_pass()
    {
        await DeliverAsync("users.user_created.v1", UserCreated(ann, "ann@example.com", "Ann", "Lee"));

        Assert.Equal(1, (await DeliverDueAsync()).Sent);

        var (_, message) = Assert.Single(Mailbox.Sent);
        Assert.Equal(("ann@example.com", "Welcome to PurchasePlatform, Ann!"), (message.To, message.Subject));
    }

    [Fact]
    public async Task Catalog_events_make_no_mail()
    {
        Assert.Equal("SUCCESS", await DeliverAsync("catalog.product_created.v1", new { event_id = "evt-p1", product_id = "p1" }));

        Assert.Empty(await NotificationsAsync());
    }

    private async Task<Notification> SingleAsync(string templateId) =>
        Assert.Single(await NotificationsAsync(), n => n.TemplateId == templateId);

    private static object UserCreated(Guid userId, string email, string firstName, string lastName, string? phone = null, string? eventId = null) => new
    {
        event_id = eventId ?? "evt-" + Guid.NewGuid().ToString("N"),
        event_type = "user_created",
        user_id = userId.ToString("D"),
        data = new { email, username = email.Split('@')[0], first_name = firstName, last_name = lastName, created_at = "2026-03-01T12:00:00Z", phone },
        created_at = "2026-03-01T12:00:00Z",
    };

    private static object OrderPlaced(Guid userId, Guid order, string orderNumber, decimal total) => new
    {
        event_type = "order_created",
        event_id = Guid.NewGuid().ToString(),
        order_id = order.ToString("D"),
        order_number = orderNumber,
        user_id = userId.ToString("D"),
        data = new
        {
            total_amount = total,
            currency = "USD",
            items = new[] { new { product_id = "prod-1", quantity = 2, unit_price = total / 2 } },
            created_at = "2026-03-01T12:00:00Z",
            cart_id = Guid.NewGuid().ToString("D"),
        },
    };

    private static object StatusChanged(Guid userId, Guid order, string from, string to, string? trackingNumber) => new
    {
        event_type = "order_status_changed",
        event_id = Guid.NewGuid().ToString(),
        order_id = order.ToString("D"),
        user_id = userId.ToString("D"),
        data = new { from, to, changed_at = "2026-03-01T12:00:00Z", tracking_number = trackingNumber },
    };
}
