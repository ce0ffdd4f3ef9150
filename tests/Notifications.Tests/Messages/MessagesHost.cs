using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PurchasePlatform.Notifications.Messages.Delivery;
using PurchasePlatform.Notifications.Messages.Domain;
using PurchasePlatform.Notifications.Tests.Infrastructure;

namespace PurchasePlatform.Notifications.Tests.Messages;

/// <summary>A Notifications service whose delivery worker is off: tests drive <see cref="NotificationDelivery.DeliverDueOnceAsync"/>.</summary>
public abstract class MessagesHost : NotificationsHost
{
    public const string ServiceScopes = "notifications:send";

    protected static readonly string ServiceToken = TestTokens.Service("orders-service", ServiceScopes);

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Notifications:Delivery:Enabled"] = "false",
        ["Notifications:Delivery:MaxAttempts"] = "3",
        ["Notifications:Delivery:BackoffBase"] = "00:00:10",
        ["Notifications:Delivery:BackoffMax"] = "00:10:00",
        ["Notifications:Delivery:ClaimDuration"] = "00:02:00",
    };

    protected SimulatedEmailSender Mailbox => (SimulatedEmailSender)Services.GetRequiredService<IEmailSender>();

    protected SimulatedSmsSender Phone => (SimulatedSmsSender)Services.GetRequiredService<ISmsSender>();

    protected Task<DeliveryPass> DeliverDueAsync() => Services.GetRequiredService<NotificationDelivery>().DeliverDueOnceAsync(CancellationToken.None);

    /// <summary>Queues an e-mail through the API as a service; answers its notification id.</summary>
    protected async Task<string> QueueEmailAsync(string to, Guid? userId = null, string subject = "Hello")
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/v1/notifications/email", ServiceToken,
            new { to, subject, body = "<p>Hi</p>", userId });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await JsonAsync(response)).GetProperty("data").GetProperty("notificationId").GetString()!;
    }

    protected async Task<string> QueueSmsAsync(string to, Guid? userId = null)
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/v1/notifications/sms", ServiceToken, new { to, message = "Hi", userId });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await JsonAsync(response)).GetProperty("data").GetProperty("notificationId").GetString()!;
    }

    protected Task<Notification> NotificationAsync(string id) =>
        InDatabaseAsync(db => db.Set<Notification>().AsNoTracking().SingleAsync(n => n.Id == id));

    protected Task<List<Notification>> NotificationsAsync() =>
        InDatabaseAsync(db => db.Set<Notification>().AsNoTracking().OrderBy(n => n.QueuedAt).ThenBy(n => n.Type).ToListAsync());

    protected static JsonElement Data(JsonElement envelope) => envelope.GetProperty("data");
}
