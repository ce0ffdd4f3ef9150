namespace PurchasePlatform.Identity.Domain.Events;

/// <param name="VerificationToken">The raw token: this event is the verification mail, delivered by Notifications.</param>
public sealed record EmailVerificationRequested(Guid UserId, string Email, string VerificationToken, DateTime ExpiresAt, DateTime OccurredAt)
    : UserDomainEvent(UserId, OccurredAt);
