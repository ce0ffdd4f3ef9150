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

    /// <returns>The id of the customer's default saved method ("" when they have none), or null when Payments could not be asked.</returns>
    public async Task<string?> DefaultPaymentMethodAsync(string authorization, CancellationToken cancellationToken)
    {
        var http = clients.CreateClient(ServiceClients.PaymentsAsCustomer);
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/payments/methods");
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return (int)response.StatusCode is >= 400 and < 500 ? "" : null;
            }

            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            return body.RootElement.TryGetProperty("data", out var methods) && methods.ValueKind == JsonValueKind.Array
                ? methods.EnumerateArray().Where(m => m.TryGetProperty("isDefault", out var d) && d.ValueKind == JsonValueKind.True)
                    .Select(m => m.GetProperty("id").GetString()).FirstOrDefault() ?? ""
                : "";
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return null;
        }
    }
}
