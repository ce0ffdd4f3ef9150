using Microsoft.EntityFrameworkCore;
using PurchasePlatform.Payments.Domain;
using PurchasePlatform.Payments.Infrastructure;

namespace PurchasePlatform.Payments.Apis.Internal;

/// <summary>
/// Resolves <c>paymentMethod</c> <c>{ type: "saved", methodId }</c> and <c>{ type: "default" }</c> against the payment's
/// user (the body's <c>userId</c>), so that a service charging for a customer can use the customer's saved cards.
/// </summary>
public static class SavedMethods
{
    public const string SavedType = "saved";
    public const string DefaultType = "default";

    public static bool IsSaved(PaymentMethodInput method) => method.Type is SavedType or DefaultType;

    /// <returns>The user's method: the one named (null when it is not the user's), or their default (null when they have none).</returns>
    public static Task<PaymentMethod?> FindAsync(PaymentMethodInput method, Guid userId, PaymentsDbContext db, CancellationToken cancellationToken) =>
        method.Type == DefaultType
            ? db.PaymentMethods.AsNoTracking().Where(m => m.UserId == userId && m.IsDefault).OrderBy(m => m.CreatedAt).FirstOrDefaultAsync(cancellationToken)
            : db.PaymentMethods.AsNoTracking().SingleOrDefaultAsync(m => m.Id == method.MethodId && m.UserId == userId, cancellationToken);
}
