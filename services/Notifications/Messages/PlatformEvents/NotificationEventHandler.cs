using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PurchasePlatform.Notifications.Events;
using PurchasePlatform.Notifications.Infrastructure;
using PurchasePlatform.Notifications.Messages.Domain;
using PurchasePlatform.Notifications.Messages.Templates;

namespace PurchasePlatform.Notifications.Messages.PlatformEvents;

/// <summary>
/// The mails (and SMS) customers get for platform events. A user is addressed through the <see cref="Contact"/> learned
/// from their user_created event, an order through the <see cref="CustomerOrder"/> learned from order_placed. Whatever
/// cannot be addressed is recorded as a failed notification; nothing here throws for a payload, since a throw would
/// make the message redeliver forever. Rows are only added: the intake saves them.
/// </summary>
public sealed class NotificationEventHandler(TimeProvider clock, IOptions<AccountLinksOptions> links, ILogger<NotificationEventHandler> logger)
    : IPlatformEventHandler
{
    private const string Shipped = "shipped";

    public Task HandleAsync(PlatformEvent platformEvent, NotificationsDbContext db, CancellationToken cancellationToken) => platformEvent.Topic switch
    {
        "users.user_created.v1" => UserCreatedAsync(platformEvent, db, cancellationToken),
        "users.email_verification_requested.v1" => AccountMail(platformEvent, db, TemplateCatalogue.EmailVerification, "verification_token", links.Value.VerifyEmail),
        "users.password_reset_requested.v1" => AccountMail(platformEvent, db, TemplateCatalogue.PasswordReset, "reset_token", links.Value.ResetPassword),
        "orders.order_placed.v1" => OrderPlacedAsync(platformEvent, db, cancellationToken),
        "orders.order_status_changed.v1" => OrderStatusChangedAsync(platformEvent, db, cancellationToken),
        "orders.order_canceled.v1" => OrderCanceledAsync(platformEvent, db, cancellationToken),
        "payments.payment_failed.v1" => PaymentFailedAsync(platformEvent, db, cancellationToken),
        "payments.payment_refunded.v1" => PaymentRefundedAsync(platformEvent, db, cancellationToken),
        _ => Task.CompletedTask,
    };

    private async Task UserCreatedAsync(PlatformEvent platformEvent, NotificationsDbContext db, CancellationToken cancellationToken)
    {
        var payload = platformEvent.Data;
        var data = payload.Object("data");
        var userId = payload.UserId();
        var email = data.Text("email");
        var firstName = data.Text("first_name");
        var templateData = new JsonObject { ["firstName"] = firstName ?? data.Text("username"), ["username"] = data.Text("username") };

        if (userId is { } id && !string.IsNullOrWhiteSpace(email))
        {
            var name = string.Join(' ', new[] { firstName, data.Text("last_name") }.Where(part => !string.IsNullOrWhiteSpace(part)));
            var phone = data.Text("phone") ?? data.Text("phone_number");
            var contact = await db.Set<Contact>().FindAsync([id], cancellationToken);
            if (contact is null)
            {
                db.Set<Contact>().Add(new Contact { UserId = id, Email = email, Name = NullIfEmpty(name), Phone = phone, UpdatedAt = Now() });
            }
            else
            {
                (contact.Email, contact.Name, contact.Phone, contact.UpdatedAt) = (email, NullIfEmpty(name) ?? contact.Name, phone ?? contact.Phone, Now());
            }

            Email(db, platformEvent, TemplateCatalogue.Welcome, email, id, templateData);
            return;
        }

        Undeliverable(db, platformEvent, TemplateCatalogue.Welcome, userId, templateData,
            userId is null ? "no user_id in the user_created event" : $"no address known for user {userId}");
    }

    /// <summary>A mail with a one-time link to the address the event names (not the stored contact: it may be the address being verified).</summary>
    private Task AccountMail(PlatformEvent platformEvent, NotificationsDbContext db, string templateId, string tokenField, string linkTemplate)
    {
        var payload = platformEvent.Data;
        var data = payload.Object("data");
        var email = data.Text("email");
        var token = data.Text(tokenField);
        var templateData = new JsonObject
        {
            ["link"] = token is null ? null : AccountLinksOptions.WithToken(linkTemplate, token),
            ["expiresAt"] = data.Text("expires_at"),
        };
        if (payload.UserId() is { } userId && !string.IsNullOrWhiteSpace(email) && token is not null)
        {
            Email(db, platformEvent, templateId, email, userId, templateData);
        }
        else
        {
            templateData["link"] = null;
            Undeliverable(db, platformEvent, templateId, payload.UserId(), templateData, $"the {platformEvent.Topic} event has no user_id, email or token");
        }

        return Task.CompletedTask;
    }

    private async Task OrderPlacedAsync(PlatformEvent platformEvent, NotificationsDbContext db, CancellationToken cancellationToken)
    {
        var payload = platformEvent.Data;
        var data = payload.Object("data");
        var userId = payload.UserId();
        var orderId = payload.OrderId();
        var orderNumber = payload.Text("order_number") ?? orderId;
        if (userId is { } id && orderId is not null && orderNumber is not null
            && await db.Set<CustomerOrder>().FindAsync([orderId], cancellationToken) is null)
        {
            db.Set<CustomerOrder>().Add(new CustomerOrder { OrderId = orderId, UserId = id, OrderNumber = orderNumber });
        }

        var templateData = new JsonObject
        {
            ["orderNumber"] = orderNumber,
            ["orderTotal"] = data.Amount("total_amount"),
            ["currency"] = data.Text("currency"),
        };
        await EmailUserAsync(db, platformEvent, TemplateCatalogue.OrderConfirmation, userId, templateData, cancellationToken);
    }

    private async Task OrderStatusChangedAsync(PlatformEvent platformEvent, NotificationsDbContext db, CancellationToken cancellationToken)
    {
        var payload = platformEvent.Data;
        var data = payload.Object("data");
        if (!string.Equals(data.Text("to"), Shipped, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var userId = payload.UserId();
        var templateData = await OrderTemplateDataAsync(db, payload.OrderId(), cancellationToken);
        templateData["trackingNumber"] = data.Text("tracking_number");
        var contact = await EmailUserAsync(db, platformEvent, TemplateCatalogue.OrderShipped, userId, templateData, cancellationToken);
        if (contact?.Phone is { Length: > 0 } phone)
        {
            var text = TemplateRenderer.Render(TemplateCatalogue.Find(TemplateCatalogue.OrderShipped)!, ToElement(templateData)).SmsText;
            db.Set<Notification>().Add(Notification.Queue(NotificationType.Sms, phone, null, text, Now(), contact.UserId, TemplateCatalogue.OrderShipped,
                platformEvent.Id));
        }
    }

    private async Task OrderCanceledAsync(PlatformEvent platformEvent, NotificationsDbContext db, CancellationToken cancellationToken)
    {
        var payload = platformEvent.Data;
        var templateData = await OrderTemplateDataAsync(db, payload.OrderId(), cancellationToken);
        templateData["reason"] = payload.Object("data").Text("reason");
        await EmailUserAsync(db, platformEvent, TemplateCatalogue.OrderCancelled, payload.UserId(), templateData, cancellationToken);
    }

    private async Task PaymentFailedAsync(PlatformEvent platformEvent, NotificationsDbContext db, CancellationToken cancellationToken)
    {
        var payload = platformEvent.Data;
        var orderId = payload.OrderId();
        var templateData = await OrderTemplateDataAsync(db, orderId, cancellationToken);
        templateData["reason"] = payload.Object("data").Text("reason");

        // 002's payment_failed names no user: the customer is the order's.
        var userId = payload.UserId() ?? (orderId is null ? null : (await db.Set<CustomerOrder>().FindAsync([orderId], cancellationToken))?.UserId);
        if (userId is null)
        {
            Undeliverable(db, platformEvent, TemplateCatalogue.PaymentFailed, null, templateData, $"no address known for the customer of order {orderId}");
            return;
        }

        await EmailUserAsync(db, platformEvent, TemplateCatalogue.PaymentFailed, userId, templateData, cancellationToken);
    }

    private async Task PaymentRefundedAsync(PlatformEvent platformEvent, NotificationsDbContext db, CancellationToken cancellationToken)
    {
        var payload = platformEvent.Data;
        var orderId = payload.OrderId();
        var data = payload.Object("data");
        var templateData = await OrderTemplateDataAsync(db, orderId, cancellationToken);
        templateData["amount"] = data.Amount("amount");
        templateData["currency"] = data.Text("currency");
        var userId = payload.UserId() ?? (orderId is null ? null : (await db.Set<CustomerOrder>().FindAsync([orderId], cancellationToken))?.UserId);
        await EmailUserAsync(db, platformEvent, TemplateCatalogue.PaymentRefunded, userId, templateData, cancellationToken);
    }

    /// <summary>Mails the user's known address (adding their name to the template data); without one, records the mail as failed.</summary>
    private async Task<Contact?> EmailUserAsync(NotificationsDbContext db, PlatformEvent platformEvent, string templateId, Guid? userId,
        JsonObject templateData, CancellationToken cancellationToken)
    {
        var contact = userId is { } id ? await db.Set<Contact>().FindAsync([id], cancellationToken) : null;
        if (contact is null)
        {
            Undeliverable(db, platformEvent, templateId, userId, templateData,
                userId is null ? "no user_id in the event" : $"no address known for user {userId}");
            return null;
        }

        templateData["customerName"] ??= contact.Name ?? contact.Email;
        Email(db, platformEvent, templateId, contact.Email, contact.UserId, templateData);
        return contact;
    }

    private static async Task<JsonObject> OrderTemplateDataAsync(NotificationsDbContext db, string? orderId, CancellationToken cancellationToken)
    {
        var order = orderId is null ? null : await db.Set<CustomerOrder>().FindAsync([orderId], cancellationToken);
        return new JsonObject { ["orderNumber"] = order?.OrderNumber ?? orderId };
    }

    private void Email(NotificationsDbContext db, PlatformEvent platformEvent, string templateId, string to, Guid userId, JsonObject templateData)
    {
        var rendered = TemplateRenderer.Render(TemplateCatalogue.Find(templateId)!, ToElement(templateData));
        db.Set<Notification>().Add(Notification.Queue(NotificationType.Email, to, rendered.Subject, rendered.HtmlBody, Now(), userId, templateId,
            platformEvent.Id));
    }

    private void Undeliverable(NotificationsDbContext db, PlatformEvent platformEvent, string templateId, Guid? userId, JsonObject templateData,
        string error)
    {
        logger.LogWarning("{Topic} event {EventId}: the {Template} e-mail cannot be sent: {Error}", platformEvent.Topic, platformEvent.Id, templateId, error);
        var rendered = TemplateRenderer.Render(TemplateCatalogue.Find(templateId)!, ToElement(templateData));
        db.Set<Notification>().Add(Notification.Undeliverable(NotificationType.Email, rendered.Subject, rendered.HtmlBody, error, Now(), userId, templateId,
            platformEvent.Id));
    }

    private static JsonElement ToElement(JsonObject templateData) => JsonSerializer.SerializeToElement(templateData);

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
