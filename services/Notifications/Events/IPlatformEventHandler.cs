using PurchasePlatform.Notifications.Infrastructure;

namespace PurchasePlatform.Notifications.Events;

/// <summary>
/// Something the service does for an event (an e-mail to the customer, webhook deliveries). Handlers only add their
/// rows to <paramref name="db"/>: the intake saves them with the event's <see cref="ProcessedEvent"/> in one
/// transaction, so a redelivered event adds nothing and a failed save loses nothing (the message is redelivered).
/// Registered as scoped <see cref="IPlatformEventHandler"/>s.
/// </summary>
public interface IPlatformEventHandler
{
    Task HandleAsync(PlatformEvent platformEvent, NotificationsDbContext db, CancellationToken cancellationToken);
}
