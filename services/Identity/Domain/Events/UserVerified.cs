namespace PurchasePlatform.Identity.Domain.Events;

public sealed record UserVerified(Guid UserId, string Email, DateTime OccurredAt) : UserDomainEvent(UserId, OccurredAt);
