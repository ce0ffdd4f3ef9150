namespace PurchasePlatform.Identity.Domain.Events;

/// <summary>
/// Something that happened to a user. <see cref="Sequence"/> numbers a user's events 1, 2, 3, ... in the order they
/// happened, which is the order of the user's event history.
/// </summary>
public abstract record UserDomainEvent(Guid UserId, DateTime OccurredAt)
{
    public int Sequence { get; internal set; }
}
