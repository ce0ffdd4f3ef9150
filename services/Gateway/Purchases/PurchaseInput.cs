using System.Text.RegularExpressions;
using PurchasePlatform.Gateway.Requests;

namespace PurchasePlatform.Gateway.Purchases;

/// <summary>What a purchase request must look like, checked before anything is sent on; the orchestrator checks the products exist.</summary>
internal static partial class PurchaseInput
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";
    public const int MaxProducts = 20;
    public const int MaxQuantity = 100;
    public const int MaxIdempotencyKeyLength = 255;

    /// <returns>The first rule broken, or null.</returns>
    public static string? Check(PurchaseRequest request)
    {
        if (request.Products is not { Count: > 0 } products)
        {
            return "products must hold at least one product";
        }

        if (products.Count > MaxProducts)
        {
            return $"products must hold at most {MaxProducts} products";
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var product in products)
        {
            if (product?.Id is not { } id || !ProductIdPattern().IsMatch(id))
            {
                return "every product needs an id of 1 to 64 letters, digits, '.', '_' or '-'";
            }

            if (product.Quantity is not (>= 1 and <= MaxQuantity))
            {
                return $"quantity of {id} must be a whole number from 1 to {MaxQuantity}";
            }

            if (!seen.Add(id))
            {
                return $"product {id} is listed twice";
            }
        }

        return request.PaymentMethodId is { } method && !PaymentMethodPattern().IsMatch(method)
            ? "paymentMethodId must be a saved method (pm-...) or a provider token (tok_...)"
            : null;
    }

    public static bool IsIdempotencyKey(string key) => IdempotencyKeys.IsWellFormed(key, MaxIdempotencyKeyLength);

    public static bool IsPurchaseId(string purchaseId) => Guid.TryParse(purchaseId, out _);

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex ProductIdPattern();

    [GeneratedRegex("^(pm-|tok_)[A-Za-z0-9_-]{1,60}$")]
    private static partial Regex PaymentMethodPattern();
}
