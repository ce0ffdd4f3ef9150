namespace PurchasePlatform.Identity.Domain.Events;

public sealed record UserCreated(Guid UserId, string Email, string? Username, string FirstName, string LastName, DateTime OccurredAt)
    : UserDomainEvent(UserId, OccurredAt);
