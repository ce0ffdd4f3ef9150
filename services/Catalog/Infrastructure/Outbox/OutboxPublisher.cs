using Dapr.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PurchasePlatform.Catalog.Infrastructure.Persistence;

namespace PurchasePlatform.Catalog.Infrastructure.Outbox;

/// <summary>
/// One pass over the outbox: publishes unpublished <c>catalog_events</c> rows, oldest first, through the Dapr sidecar.
/// Each row is claimed with a conditional update before it is published, so passes running at the same time (two
/// relays, two replicas) never both publish it; a published row is never published again. A crash between the
/// publish and marking the row means one more delivery later: subscribers drop copies by the CloudEvent id.
/// </summary>
public sealed class OutboxPublisher(IServiceScopeFactory scopes, DaprClient dapr, IOptions<OutboxOptions> options, TimeProvider clock,
    ILogger<OutboxPublisher> logger)
{
    /// <returns>How many rows this pass published.</returns>
    /// <exception cref="OutboxPublishException">A publish failed; the row stays unpublished and is retried later.</exception>
    public async Task<int> PublishPendingAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        var pass = Guid.NewGuid();
        var published = 0;

        while (true)
        {
            var now = Now();
            var batch = await db.CatalogEvents.AsNoTracking()
                .Where(row => row.PublishedAt == null && (row.ClaimedUntil == null || row.ClaimedUntil < now))
                .OrderBy(row => row.OccurredAt).ThenBy(row => row.Id)
                .Take(settings.BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return published;
            }

            foreach (var row in batch)
            {
                if (!await ClaimAsync(db, row.Id, pass, settings.ClaimDuration, cancellationToken))
                {
                    continue;
                }

                await PublishAsync(db, row, pass, settings.PubSubName, cancellationToken);
                published++;
            }
        }
    }

    private async Task<bool> ClaimAsync(CatalogDbContext db, string id, Guid pass, TimeSpan claimDuration, CancellationToken cancellationToken)
    {
        var now = Now();
        var until = now + claimDuration;
        var claimed = await db.CatalogEvents
            .Where(row => row.Id == id && row.PublishedAt == null && (row.ClaimedUntil == null || row.ClaimedUntil < now))
            .ExecuteUpdateAsync(setters => setters.SetProperty(row => row.ClaimedUntil, until).SetProperty(row => row.ClaimedBy, pass), cancellationToken);
        return claimed == 1;
    }

    private async Task PublishAsync(CatalogDbContext db, CatalogEvent row, Guid pass, string pubSubName, CancellationToken cancellationToken)
    {
        try
        {
            var metadata = new Dictionary<string, string> { ["cloudevent.id"] = row.Id };
            await dapr.PublishEventAsync(pubSubName, row.Topic, CatalogEventRows.Message(row), metadata, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var error = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
            await db.CatalogEvents.Where(claimed => claimed.Id == row.Id && claimed.ClaimedBy == pass)
                .ExecuteUpdateAsync(setters => setters
                    .SetProperty(claimed => claimed.PublishAttempts, claimed => claimed.PublishAttempts + 1)
                    .SetProperty(claimed => claimed.LastError, error)
                    .SetProperty(claimed => claimed.ClaimedUntil, (DateTime?)null)
                    .SetProperty(claimed => claimed.ClaimedBy, (Guid?)null), CancellationToken.None);
            throw new OutboxPublishException($"publishing {row.Id} to {row.Topic} failed: {ex.Message}", ex);
        }

        var publishedAt = Now();
        await db.CatalogEvents.Where(claimed => claimed.Id == row.Id && claimed.ClaimedBy == pass)
            .ExecuteUpdateAsync(setters => setters
                .SetProperty(claimed => claimed.PublishedAt, publishedAt)
                .SetProperty(claimed => claimed.PublishAttempts, claimed => claimed.PublishAttempts + 1)
                .SetProperty(claimed => claimed.LastError, (string?)null)
                .SetProperty(claimed => claimed.ClaimedUntil, (DateTime?)null), CancellationToken.None);
        logger.LogDebug("Published {EventId} ({EventType}) to {Topic}", row.Id, row.EventType, row.Topic);
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
