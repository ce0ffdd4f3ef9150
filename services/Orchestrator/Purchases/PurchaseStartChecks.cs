using System.Net;
using System.Text.Json;
using PurchasePlatform.Orchestrator.Steps;

namespace PurchasePlatform.Orchestrator.Purchases;

/// <summary>
/// What is checked with other services before a purchase starts: every product is sold (Catalog), and how the customer
/// pays (the method sent, else their default saved method at Payments, read with their own token).
/// </summary>
public sealed class PurchaseStartChecks(IHttpClientFactory clients)
{
    /// <returns>The products Catalog does not sell (unknown or inactive), or null when Catalog could not be asked.</returns>
    public async Task<IReadOnlyList<string>?> UnknownProductsAsync(IReadOnlyList<string> productIds, CancellationToken cancellationToken)
    {
        var answer = await ServiceCall.SendAsync(clients.CreateClient(ServiceClients.Catalog), HttpMethod.Post, "internal/products/lookup",
            new { productIds }, null, cancellationToken);
        if (!answer.IsSuccess || answer.Property("products") is not { ValueKind: JsonValueKind.Array } products)
        {
            return null;
        }

        var sold = products.EnumerateArray().Where(p => p.GetProperty("isActive").GetBoolean()).Select(p => p.GetProperty("productId").GetString())
            .ToHashSet(StringComparer.Ordinal);
        return productIds.Where(id => !sold.Contains(id)).ToList();
    }

    /// <summary>
    /// How the purchase will be paid: a provider token as sent; a saved method when it is one of the customer's; without one,
    /// the customer's default saved method.
    /// </summary>
    public async Task<PaymentMethodCheck> PaymentMethodAsync(string? requested, string authorization, CancellationToken cancellationToken)
    {
        if (requested is not null && Saga.PaymentChoice.IsProviderToken(requested))
        {
            return PaymentMethodCheck.Use(requested);
        }

        if (await SavedMethodsAsync(authorization, cancellationToken) is not { } methods)
        {
            return PaymentMethodCheck.Unavailable;
        }

        if (requested is not null)
        {
            return methods.Any(method => method.Id == requested)
                ? PaymentMethodCheck.Use(requested)
                : PaymentMethodCheck.Refuse("unknown payment method: paymentMethodId is not one of your saved payment methods");
        }

        return methods.FirstOrDefault(method => method.IsDefault) is { } preferred
            ? PaymentMethodCheck.Use(preferred.Id)
            : PaymentMethodCheck.Refuse("no payment method: send paymentMethodId or save a default payment method");
    }

    /// <returns>The customer's saved methods (none when Payments refuses the token), or null when Payments could not be asked.</returns>
    private async Task<IReadOnlyList<SavedMethod>?> SavedMethodsAsync(string authorization, CancellationToken cancellationToken)
    {
        var http = clients.CreateClient(ServiceClients.PaymentsAsCustomer);
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/payments/methods");
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return (int)response.StatusCode is >= 400 and < 500 ? [] : null;
            }

            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            return body.RootElement.TryGetProperty("data", out var methods) && methods.ValueKind == JsonValueKind.Array
                ? methods.EnumerateArray()
                    .Where(m => m.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
                    .Select(m => new SavedMethod(m.GetProperty("id").GetString()!,
                        m.TryGetProperty("isDefault", out var d) && d.ValueKind == JsonValueKind.True))
                    .ToList()
                : [];
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return null;
        }
    }
}

/// <summary>The payment method a purchase starts with (<see cref="MethodId"/>), or why not (<see cref="Refusal"/>, a 400), or Payments unreachable.</summary>
public sealed record PaymentMethodCheck(string? MethodId, string? Refusal)
{
    public static readonly PaymentMethodCheck Unavailable = new(null, null);

    public static PaymentMethodCheck Use(string methodId) => new(methodId, null);

    public static PaymentMethodCheck Refuse(string reason) => new(null, reason);
}

internal sealed record SavedMethod(string Id, bool IsDefault);
