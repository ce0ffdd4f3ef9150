using System.Text.Json;
using System.Text.Json.Nodes;
using PurchasePlatform.Notifications.Events;

namespace PurchasePlatform.Notifications.Webhooks;

/// <summary>
/// Turns the producers' events (seed 002's snake_case payloads) into seed 003's webhook events with camelCase objects
/// and decimal amounts. Only named fields are copied, so nothing the producers add later (tokens, secrets) leaks out.
/// </summary>
public static class WebhookEventMapper
{
    /// <returns>The webhook event, or null when the event has none (a status change other than shipped or delivered).</returns>
    /// <exception cref="FormatException">The payload lacks a field the mapping needs.</exception>
    public static WebhookEvent? Map(PlatformEvent platformEvent)
    {
        var payload = platformEvent.Data;
        return platformEvent.Topic switch
        {
            "orders.order_placed.v1" => OrderCreated(payload),
            "orders.order_confirmed.v1" => OrderPaid(payload),
            "orders.order_status_changed.v1" => OrderStatusChanged(payload),
            "orders.order_canceled.v1" => OrderCancelled(payload),
            "payments.payment_completed.v1" => PaymentSucceeded(payload),
            "payments.payment_failed.v1" => PaymentFailed(payload),
            "payments.payment_refunded.v1" => PaymentRefunded(payload),
            "catalog.product_created.v1" => Product(WebhookEventTypes.ProductCreated, payload),
            "catalog.product_updated.v1" => Product(WebhookEventTypes.ProductUpdated, payload),
            "catalog.product_deleted.v1" => Product(WebhookEventTypes.ProductDeleted, payload),
            "users.user_created.v1" => UserCreated(payload),
            _ => null,
        };
    }

    private static WebhookEvent OrderCreated(JsonElement payload)
    {
        var data = Object(payload, "data");
        var items = new JsonArray();
        foreach (var item in Array(data, "items"))
        {
            items.Add(new JsonObject
            {
                ["productId"] = String(item, "product_id"),
                ["quantity"] = Int(item, "quantity"),
                ["price"] = Decimal(item, "unit_price"),
            });
        }

        return new WebhookEvent(WebhookEventTypes.OrderCreated, new JsonObject
        {
            ["id"] = String(payload, "order_id"),
            ["orderNumber"] = String(payload, "order_number"),
            ["userId"] = String(payload, "user_id"),
            ["status"] = "pending",
            ["total"] = Decimal(data, "total_amount"),
            ["currency"] = String(data, "currency"),
            ["items"] = items,
            ["createdAt"] = String(data, "created_at"),
        });
    }

    private static WebhookEvent OrderPaid(JsonElement payload)
    {
        var data = Object(payload, "data");
        return new WebhookEvent(WebhookEventTypes.OrderPaid, new JsonObject
        {
            ["id"] = String(payload, "order_id"),
            ["userId"] = String(payload, "user_id"),
            ["status"] = "paid",
            ["paymentId"] = OptionalString(data, "payment_id"),
            ["paidAt"] = String(data, "confirmed_at"),
        });
    }

    private static WebhookEvent? OrderStatusChanged(JsonElement payload)
    {
        var data = Object(payload, "data");
        var (type, timeName) = String(data, "to") switch
        {
            "shipped" => (WebhookEventTypes.OrderShipped, "shippedAt"),
            "delivered" => (WebhookEventTypes.OrderDelivered, "deliveredAt"),
            _ => (null, null),
        };
        if (type is null)
        {
            return null;
        }

        var order = new JsonObject
        {
            ["id"] = String(payload, "order_id"),
            ["userId"] = String(payload, "user_id"),
            ["status"] = String(data, "to"),
            ["previousStatus"] = String(data, "from"),
        };
        if (OptionalString(data, "tracking_number") is { } trackingNumber)
        {
            order["trackingNumber"] = trackingNumber;
        }

        order[timeName!] = String(data, "changed_at");
        return new WebhookEvent(type, order);
    }

    private static WebhookEvent OrderCancelled(JsonElement payload)
    {
        var data = Object(payload, "data");
        return new WebhookEvent(WebhookEventTypes.OrderCancelled, new JsonObject
        {
            ["id"] = String(payload, "order_id"),
            ["userId"] = String(payload, "user_id"),
            ["status"] = "cancelled",
            ["cancelReason"] = OptionalString(data, "reason"),
            ["cancelledAt"] = String(data, "canceled_at"),
        });
    }

    private static WebhookEvent PaymentSucceeded(JsonElement payload)
    {
        var data = Object(payload, "data");
        return new WebhookEvent(WebhookEventTypes.PaymentSucceeded, new JsonObject
        {
            ["id"] = String(payload, "payment_id"),
            ["orderId"] = String(payload, "order_id"),
            ["userId"] = String(payload, "user_id"),
            ["status"] = "succeeded",
            ["amount"] = Decimal(data, "amount"),
            ["currency"] = String(data, "currency"),
            ["transactionId"] = OptionalString(data, "transaction_id"),
            ["completedAt"] = String(data, "completed_at"),
        });
    }

    private static WebhookEvent PaymentFailed(JsonElement payload)
    {
        var data = Object(payload, "data");
        return new WebhookEvent(WebhookEventTypes.PaymentFailed, new JsonObject
        {
            ["id"] = String(payload, "payment_id"),
            ["orderId"] = String(payload, "order_id"),
            ["status"] = "failed",
            ["failureCode"] = OptionalString(data, "error_code"),
            ["failureReason"] = OptionalString(data, "reason"),
            ["failedAt"] = String(data, "failed_at"),
        });
    }

    private static WebhookEvent PaymentRefunded(JsonElement payload)
    {
        var data = Object(payload, "data");
        return new WebhookEvent(WebhookEventTypes.PaymentRefunded, new JsonObject
        {
            ["id"] = String(payload, "payment_id"),
            ["orderId"] = String(payload, "order_id"),
            ["userId"] = String(payload, "user_id"),
            ["refundId"] = String(data, "refund_id"),
            ["amount"] = Decimal(data, "amount"),
            ["currency"] = String(data, "currency"),
            ["refundedAt"] = String(data, "refunded_at"),
        });
    }

    /// <summary>Catalog already publishes the product as seed 003's API shows it (a deleted one: id, sku, deletedAt).</summary>
    private static WebhookEvent Product(string type, JsonElement payload)
    {
        var product = Object(payload, "data");
        _ = String(product, "id");
        return new WebhookEvent(type, (JsonObject)JsonNode.Parse(product.GetRawText())!);
    }

    private static WebhookEvent UserCreated(JsonElement payload)
    {
        var data = Object(payload, "data");
        return new WebhookEvent(WebhookEventTypes.UserCreated, new JsonObject
        {
            ["id"] = String(payload, "user_id"),
            ["email"] = String(data, "email"),
            ["username"] = OptionalString(data, "username"),
            ["firstName"] = OptionalString(data, "first_name"),
            ["lastName"] = OptionalString(data, "last_name"),
            ["createdAt"] = OptionalString(data, "created_at") ?? OptionalString(payload, "created_at"),
        });
    }

    private static JsonElement Object(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : throw Missing(name, "an object");

    private static JsonElement.ArrayEnumerator Array(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : throw Missing(name, "an array");

    private static string String(JsonElement parent, string name) =>
        OptionalString(parent, name) ?? throw Missing(name, "a string");

    private static string? OptionalString(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static decimal Decimal(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var amount)
            ? amount
            : throw Missing(name, "a number");

    private static int Int(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw Missing(name, "an integer");

    private static FormatException Missing(string name, string kind) => new($"'{name}' is missing or not {kind}");
}
