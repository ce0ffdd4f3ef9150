using System.Text.RegularExpressions;

namespace PurchasePlatform.Orchestrator.Purchases;

/// <summary>What a purchase request must look like; the first rule broken, or null.</summary>
public static partial class PurchaseRules
{
    public static string? Check(StartPurchaseRequest request, OrchestratorOptions options)
    {
        if (request.Products is not { Count: > 0 } products)
        {
            return "products must hold at least one product";
        }

        if (products.Count > options.MaxLines)
        {
            return $"products must hold at most {options.MaxLines} products";
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var product in products)
        {
            if (product?.Id is not { } id || !ProductIdPattern().IsMatch(id))
            {
                return "every product needs an id of 1 to 64 letters, digits, '.', '_' or '-'";
            }

            if (product.Quantity is not { } quantity || quantity < 1 || quantity > options.MaxQuantity)
            {
                return $"quantity of {id} must be from 1 to {options.MaxQuantity}";
            }

            if (!seen.Add(id))
            {
                return $"product {id} is listed twice";
            }
        }

        return request.PaymentMethodId is not null && !Saga.PaymentChoice.IsValid(request.PaymentMethodId)
            ? "paymentMethodId must be a saved method (pm-...) or a provider token (tok_...)"
            : null;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex ProductIdPattern();
}
