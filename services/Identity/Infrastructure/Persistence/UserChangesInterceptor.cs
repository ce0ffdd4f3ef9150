using PurchasePlatform.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PurchasePlatform.Identity.Domain.Users;
using PurchasePlatform.Identity.Infrastructure.Outbox;

namespace PurchasePlatform.Identity.Infrastructure.Persistence;

/// <summary>
/// Before a save: raises the version of every user whose aggregate changed (so two requests racing on one user
/// cannot both win) and turns the users' domain events into <c>user_events</c> rows, committed in the same
/// transaction. After it: forgets the events and wakes the relay.
/// </summary>
public sealed class UserChangesInterceptor(OutboxSignal signal) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            BeforeSave(context);
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            BeforeSave(context);
        }

        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        AfterSave(eventData.Context);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        AfterSave(eventData.Context);
        return base.SavedChanges(eventData, result);
    }

    private static void BeforeSave(DbContext context)
    {
        context.ChangeTracker.DetectChanges();
        var changedOwners = context.ChangeTracker.Entries()
            .Where(entry => entry.Entity is Address or RefreshToken or OneTimeToken && IsChanged(entry))
            .Select(entry => entry.Property("UserId").CurrentValue ?? entry.Property("UserId").OriginalValue)
            .OfType<Guid>()
            .ToHashSet();

        var alreadyRecorded = context.ChangeTracker.Entries<UserEvent>().Select(row => (row.Entity.UserId, row.Entity.Sequence)).ToHashSet();
        foreach (var entry in context.ChangeTracker.Entries<User>().ToList())
        {
            if (entry.State == EntityState.Modified || (entry.State == EntityState.Unchanged && changedOwners.Contains(entry.Entity.Id)))
            {
                var version = entry.Property<int>(UserConfiguration.Version);
                version.CurrentValue = version.OriginalValue + 1;
            }

            foreach (var domainEvent in entry.Entity.DomainEvents.Where(e => !alreadyRecorded.Contains((e.UserId, e.Sequence))))
            {
                context.Add(UserEventRows.From(domainEvent));
            }
        }
    }

    private void AfterSave(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var published = false;
        foreach (var entry in context.ChangeTracker.Entries<User>())
        {
            published |= entry.Entity.DomainEvents.Count > 0;
            entry.Entity.ClearDomainEvents();
        }

        if (published)
        {
            signal.Notify();
        }
    }

    private static bool IsChanged(EntityEntry entry) => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted;
}
