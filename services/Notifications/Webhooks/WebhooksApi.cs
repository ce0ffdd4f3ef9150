using Microsoft.EntityFrameworkCore;
using PurchasePlatform.BuildingBlocks.Authentication;
using PurchasePlatform.BuildingBlocks.Errors;
using PurchasePlatform.BuildingBlocks.Responses;
using PurchasePlatform.BuildingBlocks.Validation;
using PurchasePlatform.Notifications.Infrastructure;

namespace PurchasePlatform.Notifications.Webhooks;

/// <summary>Seed 003's webhook registration on <c>/api/v1/webhooks</c>, for admins.</summary>
public static class WebhooksApi
{
    public static IEndpointRouteBuilder MapWebhooksRoutes(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/webhooks").WithTags("Webhooks").RequireRole(PlatformRoles.Admin);
        api.MapPost("/", CreateAsync).WithValidation<CreateWebhookRequest>();
        api.MapGet("/", ListAsync).WithValidation<WebhookPageQuery>();
        api.MapGet("/{webhookId}", GetAsync);
        api.MapDelete("/{webhookId}", DeleteAsync);
        api.MapGet("/{webhookId}/deliveries", DeliveriesAsync).WithValidation<WebhookPageQuery>();
        return app;
    }

    public static async Task<IResult> CreateAsync(CreateWebhookRequest request, NotificationsDbContext db, WebhookSecretProtector secrets,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var id = Webhook.NewId();
        var webhook = new Webhook
        {
            Id = id,
            Url = request.Url!,
            Events = [.. request.Events!],
            Secret = await secrets.ProtectAsync(id, request.Secret!, cancellationToken),
            Status = WebhookStatus.Active,
            CreatedAt = new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc),
        };
        db.Set<Webhook>().Add(webhook);
        await db.SaveChangesAsync(cancellationToken);
        return ApiResults.Created($"/api/v1/webhooks/{webhook.Id}", WebhookResponse.From(webhook), "Webhook registered successfully");
    }

    public static async Task<IResult> ListAsync([AsParameters] WebhookPageQuery query, NotificationsDbContext db, CancellationToken cancellationToken)
    {
        var active = db.Set<Webhook>().AsNoTracking().Where(w => w.Status == WebhookStatus.Active);
        var total = await active.CountAsync(cancellationToken);
        var webhooks = await active.OrderByDescending(w => w.CreatedAt).ThenBy(w => w.Id)
            .Skip((query.Page - 1) * query.Size).Take(query.Size).ToListAsync(cancellationToken);
        return ApiResults.Ok(WebhookPage<WebhookResponse>.Of(webhooks.Select(WebhookResponse.From).ToList(), query.Page, query.Size, total));
    }

    public static async Task<IResult> GetAsync(string webhookId, NotificationsDbContext db, CancellationToken cancellationToken) =>
        await FindActiveAsync(db, webhookId, cancellationToken) is { } webhook ? ApiResults.Ok(WebhookResponse.From(webhook)) : NotFound(webhookId);

    /// <summary>Deletes the webhook and cancels its pending deliveries; one being posted right now still records its attempt.</summary>
    public static async Task<IResult> DeleteAsync(string webhookId, NotificationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var deleted = await db.Set<Webhook>().Where(w => w.Id == webhookId && w.Status == WebhookStatus.Active)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.Status, WebhookStatus.Deleted).SetProperty(w => w.DeletedAt, now), cancellationToken);
        if (deleted == 0)
        {
            return NotFound(webhookId);
        }

        var cancelled = await db.Set<WebhookDelivery>().Where(d => d.WebhookId == webhookId && d.Status == WebhookDeliveryStatus.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, WebhookDeliveryStatus.Cancelled)
                .SetProperty(d => d.NextAttemptAt, (DateTime?)null), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        for (var i = 0; i < cancelled; i++)
        {
            WebhookMetrics.Cancelled();
        }

        return TypedResults.NoContent();
    }

    public static async Task<IResult> DeliveriesAsync(string webhookId, [AsParameters] WebhookPageQuery query, NotificationsDbContext db,
        CancellationToken cancellationToken)
    {
        if (await FindActiveAsync(db, webhookId, cancellationToken) is null)
        {
            return NotFound(webhookId);
        }

        var deliveries = db.Set<WebhookDelivery>().AsNoTracking().Where(d => d.WebhookId == webhookId);
        var total = await deliveries.CountAsync(cancellationToken);
        var page = await deliveries.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id)
            .Skip((query.Page - 1) * query.Size).Take(query.Size).ToListAsync(cancellationToken);
        return ApiResults.Ok(WebhookPage<WebhookDeliveryResponse>.Of(page.Select(WebhookDeliveryResponse.From).ToList(), query.Page, query.Size, total));
    }

    private static Task<Webhook?> FindActiveAsync(NotificationsDbContext db, string webhookId, CancellationToken cancellationToken) =>
        db.Set<Webhook>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == webhookId && w.Status == WebhookStatus.Active, cancellationToken);

    private static ErrorResult NotFound(string webhookId) => ApiResults.NotFound($"Webhook {webhookId} was not found");
}
