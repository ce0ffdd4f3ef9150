using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PurchasePlatform.BuildingBlocks.Authentication;
using PurchasePlatform.BuildingBlocks.Errors;
using PurchasePlatform.BuildingBlocks.Responses;
using PurchasePlatform.BuildingBlocks.Validation;
using PurchasePlatform.Catalog.Domain;
using PurchasePlatform.Catalog.Infrastructure.Persistence;

namespace PurchasePlatform.Catalog.Apis.Products;

/// <summary>
/// Seed 003's "Add Review": only a customer who bought the product in the order named (and that order was not
/// canceled), one review per order and product. The product's rating sum and count change in the same transaction
/// as the review is stored, by an increment in the database, so concurrent reviews never lose one.
/// </summary>
public static class ReviewsApi
{
    public static void MapReviewsApi(this RouteGroupBuilder api) =>
        api.MapPost("/{productId}/reviews", AddAsync).WithValidation<AddReviewRequest>().RequireAuthorization();

    public static async Task<IResult> AddAsync(string productId, AddReviewRequest request, ClaimsPrincipal caller, CatalogDbContext db,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await db.Products.AnyAsync(p => p.Id == productId && p.IsActive, cancellationToken))
        {
            return CatalogErrors.ProductNotFound(productId);
        }

        var userId = caller.FindFirstValue(PlatformClaims.Subject);
        if (string.IsNullOrEmpty(userId))
        {
            return ApiResults.Unauthorized("The token names no user");
        }

        var orderId = request.OrderId!.Trim();
        var bought = await db.Purchases.AnyAsync(p => p.OrderId == orderId && p.ProductId == productId && p.UserId == userId, cancellationToken);
        if (!bought)
        {
            return ApiResults.Forbidden($"Order '{orderId}' is not a purchase of product '{productId}' by you; only buyers can review");
        }

        if (await db.CanceledOrders.AnyAsync(order => order.OrderId == orderId, cancellationToken))
        {
            return ApiResults.Forbidden($"Order '{orderId}' was canceled; only completed purchases can be reviewed");
        }

        if (await db.Reviews.AnyAsync(review => review.ProductId == productId && review.OrderId == orderId, cancellationToken))
        {
            return AlreadyReviewed(orderId);
        }

        var review = new Review
        {
            Id = "rev-" + Guid.NewGuid().ToString("N")[..16],
            ProductId = productId,
            UserId = userId,
            UserName = DisplayName(caller),
            OrderId = orderId,
            Rating = request.Rating!.Value,
            Title = request.Title?.Trim(),
            Comment = request.Comment?.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.Reviews.Add(review);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                return AlreadyReviewed(orderId); // the unique (product, order) index: a concurrent request stored it first
            }

            await db.Products.Where(p => p.Id == productId)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(p => p.RatingSum, p => p.RatingSum + review.Rating)
                    .SetProperty(p => p.ReviewCount, p => p.ReviewCount + 1), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return ApiResults.Created($"/api/v1/products/{productId}/reviews/{review.Id}", CreatedReviewResponse.From(review));
    }

    private static ErrorResult AlreadyReviewed(string orderId) =>
        ApiResults.Conflict($"This product was already reviewed for order '{orderId}'", ErrorCodes.AlreadyExists, "orderId");

    /// <summary>"John D." style from the token's name, else the e-mail's local part.</summary>
    private static string DisplayName(ClaimsPrincipal caller)
    {
        var name = caller.FindFirstValue("name");
        if (!string.IsNullOrWhiteSpace(name))
        {
            var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return parts.Length > 1 ? $"{parts[0]} {char.ToUpperInvariant(parts[^1][0])}." : parts[0];
        }

        var email = caller.FindFirstValue("email");
        return email?.Split('@')[0] is { Length: > 0 } local ? local[..Math.Min(local.Length, 100)] : "Customer";
    }
}
