using System.Text.Json.Serialization;

namespace PurchasePlatform.Orders.Application;

// The events Orders consumes, as the issue 6 contract gives them (seed 002's payment payloads plus event_id; the
// flash sale's inventory.order_accepted.v1). Everything is nullable: a malformed event is dropped, not thrown on.

public sealed record PaymentCompleted(
    [property: JsonPropertyName("event_id")] string? EventId,
    [property: JsonPropertyName("payment_id")] string? PaymentId,
    [property: JsonPropertyName("order_id")] string? OrderId,
    [property: JsonPropertyName("user_id")] string? UserId,
    [property: JsonPropertyName("data")] PaymentCompletedData? Data);

public sealed record PaymentCompletedData(
    [property: JsonPropertyName("amount")] decimal Amount,
    [property: JsonPropertyName("currency")] string? Currency,
    [property: JsonPropertyName("transaction_id")] string? TransactionId,
    [property: JsonPropertyName("completed_at")] DateTime? CompletedAt);

public sealed record PaymentFailed(
    [property: JsonPropertyName("event_id")] string? EventId,
    [property: JsonPropertyName("payment_id")] string? PaymentId,
    [property: JsonPropertyName("order_id")] string? OrderId,
    [property: JsonPropertyName("data")] PaymentFailedData? Data);

public sealed record PaymentFailedData(
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("error_code")] string? ErrorCode,
    [property: JsonPropertyName("failed_at")] DateTime? FailedAt);

public sealed record InventoryOrderAccepted(
    string? EventId,
    Guid? OrderId,
    string? ProductId,
    string? UserId,
    int Quantity,
    string? IdempotencyKey,
    DateTimeOffset? AcceptedAt);
