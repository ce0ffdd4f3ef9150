namespace PurchasePlatform.Notifications.Webhooks;

/// <summary>A webhook as seed 003 shows it; never its secret.</summary>
public sealed record WebhookResponse(string Id, string Url, IReadOnlyList<string> Events, string Status, DateTime CreatedAt)
{
    public static WebhookResponse From(Webhook webhook) =>
        new(webhook.Id, webhook.Url, webhook.Events, webhook.Status.ToString().ToLowerInvariant(), webhook.CreatedAt);
}

/// <summary>One delivery of an event to a webhook and its latest attempt.</summary>
public sealed record WebhookDeliveryResponse(
    string EventId,
    string Type,
    string Status,
    int Attempts,
    int? LastStatusCode,
    string? LastError,
    DateTime? LastAttemptAt,
    DateTime? NextAttemptAt,
    DateTime? DeliveredAt,
    DateTime CreatedAt)
{
    public static WebhookDeliveryResponse From(WebhookDelivery delivery) => new(delivery.Id, delivery.EventType,
        delivery.Status.ToString().ToLowerInvariant(), delivery.Attempts, delivery.LastStatusCode, delivery.LastError, delivery.LastAttemptAt,
        delivery.NextAttemptAt, delivery.DeliveredAt, delivery.CreatedAt);
}

/// <summary>Seed 003's pagination.</summary>
public sealed record WebhookPage<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalPages, int TotalCount, bool HasPreviousPage,
    bool HasNextPage)
{
    public static WebhookPage<T> Of(IReadOnlyList<T> items, int pageNumber, int pageSize, int totalCount)
    {
        var totalPages = (totalCount + pageSize - 1) / pageSize;
        return new WebhookPage<T>(items, pageNumber, pageSize, totalPages, totalCount, pageNumber > 1, pageNumber < totalPages);
    }
}
