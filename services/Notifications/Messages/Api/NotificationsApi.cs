using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PurchasePlatform.BuildingBlocks.Authentication;
using PurchasePlatform.BuildingBlocks.Errors;
using PurchasePlatform.BuildingBlocks.Responses;
using PurchasePlatform.BuildingBlocks.Validation;
using PurchasePlatform.Notifications.Infrastructure;
using PurchasePlatform.Notifications.Messages.Domain;
using PurchasePlatform.Notifications.Messages.Templates;

namespace PurchasePlatform.Notifications.Messages.Api;

/// <summary>Seed 003's Notification Service API under /api/v1/notifications, in the 003 envelope.</summary>
public static class NotificationsApi
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static RouteGroupBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/notifications").WithTags("Notifications").RequireAuthorization();
        api.MapPost("/email", SendEmailAsync).RequireRole(NotificationsAccess.SenderRoles).WithValidation<SendEmailRequest>();
        api.MapPost("/sms", SendSmsAsync).RequireRole(NotificationsAccess.SenderRoles).WithValidation<SendSmsRequest>();
        api.MapGet("/history", HistoryAsync);
        api.MapGet("/{notificationId}", GetAsync);
        return api;
    }

    public static async Task<IResult> SendEmailAsync(SendEmailRequest request, NotificationsDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var rendered = TemplateCatalogue.Find(request.TemplateId) is { } template ? TemplateRenderer.Render(template, request.TemplateData) : null;
        var subject = string.IsNullOrEmpty(request.Subject) ? rendered!.Subject : request.Subject;
        var body = string.IsNullOrEmpty(request.Body) ? rendered?.HtmlBody ?? "" : request.Body;
        var notification = Notification.Queue(NotificationType.Email, request.To!, subject, body, clock.GetUtcNow().UtcDateTime, request.UserId,
            request.TemplateId);
        return await QueueAsync(notification, db, "Email notification queued for delivery", cancellationToken);
    }

    public static async Task<IResult> SendSmsAsync(SendSmsRequest request, NotificationsDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var text = string.IsNullOrEmpty(request.Message)
            ? TemplateRenderer.Render(TemplateCatalogue.Find(request.TemplateId)!, request.TemplateData).SmsText
            : request.Message;
        var notification = Notification.Queue(NotificationType.Sms, request.To!, subject: null, text, clock.GetUtcNow().UtcDateTime, request.UserId,
            request.TemplateId);
        return await QueueAsync(notification, db, message: null, cancellationToken);
    }

    /// <summary>The caller's notifications (an admin's or a service's: everyone's), newest first.</summary>
    public static async Task<IResult> HistoryAsync(ClaimsPrincipal caller, NotificationsDbContext db, int? pageNumber, int? pageSize, string? type,
        string? status, CancellationToken cancellationToken)
    {
        var page = pageNumber ?? 1;
        var size = pageSize ?? DefaultPageSize;
        var errors = new List<ApiError>();
        if (page < 1) errors.Add(new ApiError(ErrorCodes.ValidationError, "pageNumber must be 1 or more", "pageNumber"));
        if (size is < 1 or > MaxPageSize) errors.Add(new ApiError(ErrorCodes.ValidationError, $"pageSize must be 1 to {MaxPageSize}", "pageSize"));
        NotificationType wantedType = default;
        if (type is not null && !NotificationNames.TryParseType(type, out wantedType))
        {
            errors.Add(new ApiError(ErrorCodes.ValidationError, "type must be one of email, sms, push", "type"));
        }

        NotificationStatus wantedStatus = default;
        if (status is not null && !NotificationNames.TryParseStatus(status, out wantedStatus))
        {
            errors.Add(new ApiError(ErrorCodes.ValidationError, "status must be one of queued, sent, failed, delivered", "status"));
        }

        if (errors.Count > 0)
        {
            return ApiResults.ValidationFailed(errors);
        }

        var query = db.Set<Notification>().AsNoTracking();
        if (!caller.SeesAll())
        {
            var userId = caller.UserId();
            query = query.Where(n => userId != null && n.UserId == userId);
        }

        if (type is not null) query = query.Where(n => n.Type == wantedType);
        if (status is not null) query = query.Where(n => n.Status == wantedStatus);

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(n => n.QueuedAt).ThenByDescending(n => n.Id)
            .Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return ApiResults.Ok(new NotificationPage(items.Select(NotificationSummary.From).ToList(), page, size, total));
    }

    /// <summary>Another customer's notification answers 404 as an unknown one does, so ids reveal nothing.</summary>
    public static async Task<IResult> GetAsync(string notificationId, ClaimsPrincipal caller, NotificationsDbContext db, CancellationToken cancellationToken)
    {
        var notification = await db.Set<Notification>().AsNoTracking().SingleOrDefaultAsync(n => n.Id == notificationId, cancellationToken);
        return notification is not null && caller.MaySee(notification)
            ? ApiResults.Ok(NotificationDetails.From(notification))
            : ApiResults.NotFound(NotificationIds.IsWellFormed(notificationId) ? $"Notification with ID '{notificationId}' not found" : "Notification not found");
    }

    private static async Task<IResult> QueueAsync(Notification notification, NotificationsDbContext db, string? message, CancellationToken cancellationToken)
    {
        db.Set<Notification>().Add(notification);
        await db.SaveChangesAsync(cancellationToken);
        return ApiResults.Accepted($"/api/v1/notifications/{notification.Id}", NotificationQueued.From(notification), message);
    }
}
