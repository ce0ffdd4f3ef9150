namespace PurchasePlatform.Identity.Domain.Events;

/// <param name="ResetToken">The raw token: this event is the reset mail, delivered by Notifications.</param>
public sealed record PasswordResetRequested(Guid UserId, string Email, string ResetToken, DateTime ExpiresAt, DateTime OccurredAt)
    : UserDomainEvent(UserId, OccurredAt);
