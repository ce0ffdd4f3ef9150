using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PurchasePlatform.BuildingBlocks.Authentication;
using PurchasePlatform.BuildingBlocks.Errors;
using PurchasePlatform.BuildingBlocks.Responses;
using PurchasePlatform.BuildingBlocks.Validation;
using PurchasePlatform.Payments.Domain;
using PurchasePlatform.Payments.Infrastructure;
using PurchasePlatform.Payments.Providers;

namespace PurchasePlatform.Payments.Apis.V1;

/// <summary>The caller's saved cards under /api/v1/payments/methods: only the provider token and display details are stored.</summary>
public static class PaymentMethodsApi
{
    public const int MaxMethodsPerUser = 10;

    public static void MapPaymentMethodsApi(this RouteGroupBuilder payments)
    {
        var api = payments.MapGroup("/methods").RequireScope(PlatformScopes.Payments);
        api.MapGet("/", ListAsync);
        api.MapPost("/", AddAsync).WithValidation<AddPaymentMethodRequest>();
        api.MapDelete("/{methodId}", DeleteAsync);
    }

    public static async Task<IResult> ListAsync(ClaimsPrincipal principal, PaymentsDbContext db, CancellationToken cancellationToken)
    {
        if (principal.UserId() is not { } userId)
        {
            return NoUser();
        }

        var methods = await db.PaymentMethods.AsNoTracking().Where(m => m.UserId == userId).ToListAsync(cancellationToken);
        return ApiResults.Ok(methods.OrderBy(m => m.CreatedAt).Select(PaymentMethodResponse.From).ToList());
    }

    /// <summary>The first saved card becomes the default even when <c>isDefault</c> is false.</summary>
    public static async Task<IResult> AddAsync(AddPaymentMethodRequest request, ClaimsPrincipal principal, PaymentsDbContext db,
        IPaymentProvider provider, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (principal.UserId() is not { } userId)
        {
            return NoUser();
        }

        var card = await provider.DescribeTokenAsync(request.CardToken!, cancellationToken);
        if (card is null)
        {
            return ApiResults.Error(StatusCodes.Status400BadRequest, ErrorCodes.ValidationError, "The card token is not valid", "cardToken");
        }

        var existing = await db.PaymentMethods.Where(m => m.UserId == userId).ToListAsync(cancellationToken);
        if (existing.Count >= MaxMethodsPerUser)
        {
            return ApiResults.Conflict($"A user can save at most {MaxMethodsPerUser} payment methods");
        }

        var isDefault = request.IsDefault || existing.Count == 0;
        if (isDefault)
        {
            existing.ForEach(m => m.IsDefault = false);
        }

        var method = PaymentMethod.Add(userId, card, isDefault, clock.GetUtcNow().UtcDateTime);
        db.PaymentMethods.Add(method);
        await db.SaveChangesAsync(cancellationToken);
        return ApiResults.Created($"/api/v1/payments/methods/{method.Id}", PaymentMethodResponse.From(method));
    }

    /// <summary>Another user's method is simply not found. Deleting the default makes the oldest remaining one the default.</summary>
    public static async Task<IResult> DeleteAsync(string methodId, ClaimsPrincipal principal, PaymentsDbContext db, CancellationToken cancellationToken)
    {
        if (principal.UserId() is not { } userId)
        {
            return NoUser();
        }

        var methods = await db.PaymentMethods.Where(m => m.UserId == userId).ToListAsync(cancellationToken);
        var method = methods.SingleOrDefault(m => m.Id == methodId);
        if (method is null)
        {
            return ApiResults.NotFound("Payment method not found");
        }

        db.PaymentMethods.Remove(method);
        if (method.IsDefault && methods.Where(m => m != method).OrderBy(m => m.CreatedAt).FirstOrDefault() is { } next)
        {
            next.IsDefault = true;
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static ErrorResult NoUser() => ApiResults.Unauthorized("The access token has no user", ErrorCodes.InvalidToken);
}
