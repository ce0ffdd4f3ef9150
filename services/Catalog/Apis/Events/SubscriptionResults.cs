using Microsoft.EntityFrameworkCore;
using PurchasePlatform.BuildingBlocks.Hosting;
using PurchasePlatform.Catalog.Infrastructure.Persistence;

namespace PurchasePlatform.Catalog.Apis.Events;

/// <summary>Saves a subscriber's effects and gives Dapr's answer (<see cref="SubscriberAnswers"/>).</summary>
internal static class SubscriptionResults
{
    /// <summary>A unique-key clash means a concurrent delivery of the same fact got there first: redelivery then finds it stored.</summary>
    public static async Task<IResult> SaveAsync(CatalogDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return SubscriberAnswers.Success();
        }
        catch (DbUpdateException)
        {
            return SubscriberAnswers.Retry();
        }
    }
}
