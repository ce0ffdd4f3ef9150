using Microsoft.EntityFrameworkCore.Query;
using PurchasePlatform.BuildingBlocks.Outbox;

namespace PurchasePlatform.Identity.Infrastructure.Outbox;

/// <summary>User events go out in the order they happened per user, with their secrets, which are erased once published.</summary>
public sealed class UserEventFormat : IOutboxFormat<UserEvent>
{
    public IOrderedQueryable<UserEvent> Order(IQueryable<UserEvent> rows) => rows.OrderBy(row => row.OccurredAt).ThenBy(row => row.Sequence);

    public object Message(UserEvent row) => UserEventRows.Message(row);

    public void OnPublished(UpdateSettersBuilder<UserEvent> setters) => setters.SetProperty(row => row.SecretData, (string?)null);
}
