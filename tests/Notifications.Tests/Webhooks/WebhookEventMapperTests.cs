using System.Text.Json;
using System.Text.Json.Nodes;
using PurchasePlatform.Notifications.Events;
using PurchasePlatform.Notifications.Webhooks;

namespace PurchasePlatform.Notifications.Tests.Webhooks;

/// <summary>Each producer's payload (as Orders, Payments, Catalog and Identity publish it) and the webhook event it becomes.</summary>
public sealed class WebhookEventMapperTests
{
    public static TheoryData<string, string, string, string> Mappings => new()
    {
        {
            "orders.order_confirmed.v1",
            """{"event_type":"order_confirmed","event_id":"e1","order_id":"o-1","user_id":"u-1","data":{"payment_id":"pay-1","confirmed_at":"2026-03-01T12:00:00Z"}}""",
            "order.paid",
            """{"id":"o-1","userId":"u-1","status":"paid","paymentId":"pay-1","paidAt":"2026-03-01T12:00:00Z"}"""
        },
        {
            "orders.order_status_changed.v1",
            """{"event_type":"order_status_changed","event_id":"e2","order_id":"o-1","user_id":"u-1","data":{"from":"processing","to":"shipped","changed_at":"2026-03-02T09:00:00Z","tracking_number":"1Z999"}}""",
            "order.shipped",
            """{"id":"o-1","userId":"u-1","status":"shipped","previousStatus":"processing","trackingNumber":"1Z999","shippedAt":"2026-03-02T09:00:00Z"}"""
        },
        {
            "orders.order_status_changed.v1",
            """{"event_type":"order_status_changed","event_id":"e3","order_id":"o-1","user_id":"u-1","data":{"from":"shipped","to":"delivered","changed_at":"2026-03-04T15:00:00Z"}}""",
            "order.delivered",
            """{"id":"o-1","userId":"u-1","status":"delivered","previousStatus":"shipped","deliveredAt":"2026-03-04T15:00:00Z"}"""
        },
        {
            "orders.order_canceled.v1",
            """{"event_type":"order_canceled","event_id":"e4","order_id":"o-1","user_id":"u-1","data":{"reason":"Customer request","canceled_at":"2026-03-01T13:00:00Z"}}""",
            "order.cancelled",
            """{"id":"o-1","userId":"u-1","status":"cancelled","cancelReason":"Customer request","cancelledAt":"2026-03-01T13:00:00Z"}"""
        },
        {
            "payments.payment_completed.v1",
            """{"event_id":"e5","event_type":"payment_completed","payment_id":"pay-1","order_id":"o-1","user_id":"u-1","data":{"amount":863.98,"currency":"USD","transaction_id":"txn-9","completed_at":"2026-03-01T12:00:00Z"}}""",
            "payment.succeeded",
            """{"id":"pay-1","orderId":"o-1","userId":"u-1","status":"succeeded","amount":863.98,"currency":"USD","transactionId":"txn-9","completedAt":"2026-03-01T12:00:00Z"}"""
        },
        {
            "payments.payment_failed.v1",
            """{"event_id":"e6","event_type":"payment_failed","payment_id":"pay-2","order_id":"o-2","data":{"reason":"Card declined","error_code":"CARD_DECLINED","failed_at":"2026-03-01T12:00:00Z"}}""",
            "payment.failed",
            """{"id":"pay-2","orderId":"o-2","status":"failed","failureCode":"CARD_DECLINED","failureReason":"Card declined","failedAt":"2026-03-01T12:00:00Z"}"""
        },
        {
            "payments.payment_refunded.v1",
            """{"event_id":"e7","event_type":"payment_refunded","payment_id":"pay-1","order_id":"o-1","user_id":"u-1","data":{"amount":10.5,"currency":"EUR","refund_id":"ref-1","refunded_at":"2026-03-05T10:00:00Z"}}""",
            "payment.refunded",
            """{"id":"pay-1","orderId":"o-1","userId":"u-1","refundId":"ref-1","amount":10.5,"currency":"EUR","refundedAt":"2026-03-05T10:00:00Z"}"""
        },
        {
            "catalog.product_created.v1",
            """{"event_id":"e8","event_type":"product_created","product_id":"prod-1","data":{"id":"prod-1","name":"Laptop","price":1299.99,"sku":"LAP-1","stock":5},"created_at":"2026-03-01T12:00:00Z"}""",
            "product.created",
            """{"id":"prod-1","name":"Laptop","price":1299.99,"sku":"LAP-1","stock":5}"""
        },
        {
            "catalog.product_updated.v1",
            """{"event_id":"e9","event_type":"product_updated","product_id":"prod-1","data":{"id":"prod-1","name":"Laptop Pro","price":1399.99},"created_at":"2026-03-01T12:00:00Z"}""",
            "product.updated",
            """{"id":"prod-1","name":"Laptop Pro","price":1399.99}"""
        },
        {
            "catalog.product_deleted.v1",
            """{"event_id":"e10","event_type":"product_deleted","product_id":"prod-1","data":{"id":"prod-1","sku":"LAP-1","deletedAt":"2026-03-01T12:00:00Z"},"created_at":"2026-03-01T12:00:00Z"}""",
            "product.deleted",
            """{"id":"prod-1","sku":"LAP-1","deletedAt":"2026-03-01T12:00:00Z"}"""
        },
        {
            "users.user_created.v1",
            """{"event_id":"e11","event_type":"user_created","user_id":"u-1","data":{"email":"jane@example.com","username":"jane","first_name":"Jane","last_name":"Doe","created_at":"2026-03-01T12:00:00Z","password_hash":"AQAAAA","verification_token":"tok"},"created_at":"2026-03-01T12:00:00Z"}""",
            "user.created",
            """{"id":"u-1","email":"jane@example.com","username":"jane","firstName":"Jane","lastName":"Doe","createdAt":"2026-03-01T12:00:00Z"}"""
        },
    };

    [Theory]
    [MemberData(nameof(Mappings))]
    public void A_platform_event_becomes_the_seeds_webhook_event(string topic, string payload, string type, string expectedObject)
    {
        var mapped = WebhookEventMapper.Map(Event(topic, payload));

        Assert.NotNull(mapped);
        Assert.Equal(type, mapped.Type);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expectedObject), mapped.Object), mapped.Object.ToJsonString());
    }

    [Theory]
    [InlineData("paid")]
    [InlineData("processing")]
    [InlineData("cancelled")]
    public void A_status_change_other_than_shipped_or_delivered_has_no_webhook(string to)
    {
        var payload = $$$"""{"event_id":"e","order_id":"o-1","user_id":"u-1","data":{"from":"pending","to":"{{{to}}}","changed_at":"2026-03-01T12:00:00Z"}}""";

        Assert.Null(WebhookEventMapper.Map(Event("orders.order_status_changed.v1", payload)));
    }

    [Theory]
    [InlineData("orders.order_placed.v1", """{"event_id":"e","order_id":"o-1"}""")]
    [InlineData("payments.payment_completed.v1", """{"event_id":"e","payment_id":"p","order_id":"o","user_id":"u","data":{"amount":"ten","currency":"USD"}}""")]
    [InlineData("catalog.product_created.v1", """{"event_id":"e","data":{"name":"no id"}}""")]
    public void A_payload_missing_what_the_mapping_needs_is_a_format_error(string topic, string payload)
    {
        Assert.Throws<FormatException>(() => WebhookEventMapper.Map(Event(topic, payload)));
    }

    private static PlatformEvent Event(string topic, string payload) =>
        new("e", topic, new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero), JsonDocument.Parse(payload).RootElement.Clone());
}
