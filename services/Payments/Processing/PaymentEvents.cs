using System.Text.Json.Serialization;
using PurchasePlatform.BuildingBlocks.Outbox;
using PurchasePlatform.Payments.Domain;

namespace PurchasePlatform.Payments.Processing;

/// <summary>
/// The outbox rows of seed 002's payment events (plus <c>event_id</c>, also the CloudEvent id). Ids derive from
/// what they announce, so a repeated write of the same event is the same row.
/// </summary>
public static class PaymentEvents
{
    public const string CompletedTopic = "payments.payment_completed.v1";
    public const string FailedTopic = "payments.payment_failed.v1";
    public const string RefundedTopic = "payments.payment_refunded.v1";

    public static OutboxMessage Completed(Payment payment)
    {
        var id = $"evt-{payment.Id}-completed";
        var completedAt = payment.CompletedAt!.Value;
        return OutboxMessage.For(CompletedTopic, new PaymentCompletedEvent(id, "payment_completed", payment.Id, payment.OrderId, payment.UserId,
            new PaymentCompletedData(Money.ToAmount(payment.AmountCents, payment.Currency), payment.Currency, payment.TransactionId!, completedAt)),
            completedAt, id);
    }

    public static OutboxMessage Failed(Payment payment)
    {
        var id = $"evt-{payment.Id}-failed";
        var failedAt = payment.CompletedAt!.Value;
        return OutboxMessage.For(FailedTopic, new PaymentFailedEvent(id, "payment_failed", payment.Id, payment.OrderId,
            new PaymentFailedData(payment.FailureReason!, payment.FailureCode!, failedAt)), failedAt, id);
    }

    public static OutboxMessage Refunded(Payment payment, Refund refund)
    {
        var id = $"evt-{refund.Id}-refunded";
        var refundedAt = refund.CompletedAt!.Value;
        return OutboxMessage.For(RefundedTopic, new PaymentRefundedEvent(id, "payment_refunded", payment.Id, payment.OrderId, payment.UserId,
            new PaymentRefundedData(Money.ToAmount(refund.AmountCents, refund.Currency), refund.Currency, refund.Id, refundedAt)), refundedAt, id);
    }
}

public sealed record PaymentCompletedEvent(
    [property: JsonPropertyName("event_id")] string EventId,
    [property: JsonPropertyName("event_type")] string EventType,
    [property: JsonPropertyName("payment_id")] string PaymentId,
    [property: JsonPropertyName("order_id")] string OrderId,
    [property: JsonPropertyName("user_id")] Guid UserId,
    [property: JsonPropertyName("data")] PaymentCompletedData Data);

public sealed record PaymentCompletedData(
    [property: JsonPropertyName("amount")] decimal Amount,
    [property: JsonPropertyName("currency")] string Currency,
    [property: JsonPropertyName("transaction_id")] string TransactionId,
    [property: JsonPropertyName("completed_at")] DateTime CompletedAt);

public sealed record PaymentFailedEvent(
    [property: JsonPropertyName("event_id")] string EventId,
    [property: JsonPropertyName("event_type")] string EventType,
    [property: JsonPropertyName("payment_id")] string PaymentId,
    [property: JsonPropertyName("order_id")] string OrderId,
    [property: JsonPropertyName("data")] PaymentFailedData Data);

public sealed record PaymentFailedData(
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("error_code")] string ErrorCode,
    [property: JsonPropertyName("failed_at")] DateTime FailedAt);

public sealed record PaymentRefundedEvent(
    [property: JsonPropertyName("event_id")] string EventId,
    [property: JsonPropertyName("event_type")] string EventType,
    [property: JsonPropertyName("payment_id")] string PaymentId,
    [property: JsonPropertyName("order_id")] string OrderId,
    [property: JsonPropertyName("user_id")] Guid UserId,
    [property: JsonPropertyName("data")] PaymentRefundedData Data);

public sealed record PaymentRefundedData(
    [property: JsonPropertyName("amount")] decimal Amount,
    [property: JsonPropertyName("currency")] string Currency,
    [property: JsonPropertyName("refund_id")] string RefundId,
    [property: JsonPropertyName("refunded_at")] DateTime RefundedAt);
