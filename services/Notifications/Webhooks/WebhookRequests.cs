namespace PurchasePlatform.Notifications.Webhooks;

/// <summary>Body of <c>POST /api/v1/webhooks</c>.</summary>
public sealed record CreateWebhookRequest(string? Url, IReadOnlyList<string>? Events, string? Secret);

/// <summary>Paging of <c>GET /api/v1/webhooks</c> and <c>GET /api/v1/webhooks/{id}/deliveries</c>.</summary>
public sealed class WebhookPageQuery
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public int? PageNumber { get; init; }

    public int? PageSize { get; init; }

    public int Page => PageNumber ?? 1;

    public int Size => PageSize ?? DefaultPageSize;
}
