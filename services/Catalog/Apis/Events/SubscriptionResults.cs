using Microsoft.EntityFrameworkCore;
using PurchasePlatform.Catalog.Infrastructure.Persistence;

namespace PurchasePlatform.Catalog.Apis.Events;

/// <summary>Dapr's subscriber answers: SUCCESS (done), RETRY (deliver again later), DROP (never deliverable).</summary>
internal static class SubscriptionResults
{
    public static IResult Success() => TypedResults.Ok(new { status = "SUCCESS" });

    public static IResult Retry() => TypedResults.Ok(new { status = "RETRY" });

    public static IResult Drop() => TypedResults.Ok(new { status = "DROP" });

    /// <summary>A unique-key clash means a concurrent delivery of the same fact got there first: redelivery then finds it stored.</summary>
    public static async Task<IResult> SaveAsync(CatalogDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Success();
        }
        catch (DbUpdateException)
        {
            return Retry();
        }
    }
}
