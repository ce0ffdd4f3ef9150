using System.Net.Http.Json;
using System.Text.Json;

namespace PurchasePlatform.Orders.Infrastructure.Catalog;

/// <summary>Asks the catalog app through Dapr service invocation, at most <see cref="MaxIdsPerCall"/> ids per call.</summary>
public sealed class DaprProductCatalog(HttpClient http, ILogger<DaprProductCatalog> logger) : IProductCatalog
{
    public const string LookupPath = "internal/products/lookup";
    public const int MaxIdsPerCall = 100;

    public async Task<IReadOnlyDictionary<string, CatalogProduct>> FindAsync(IReadOnlyCollection<string> productIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, CatalogProduct>(StringComparer.Ordinal);
        foreach (var chunk in productIds.Distinct(StringComparer.Ordinal).Chunk(MaxIdsPerCall))
        {
            LookupResponse? response;
            try
            {
                using var answer = await http.PostAsJsonAsync(LookupPath, new LookupRequest(chunk), cancellationToken);
                answer.EnsureSuccessStatusCode();
                response = await answer.Content.ReadFromJsonAsync<LookupResponse>(cancellationToken);
            }
            catch (Exception ex) when (ex is HttpRequestException or JsonException or TaskCanceledException { InnerException: TimeoutException })
            {
                logger.LogWarning(ex, "Catalog product lookup failed");
                throw new CatalogUnavailableException("The product catalog could not be reached", ex);
            }

            foreach (var product in response?.Products ?? [])
            {
                if (chunk.Contains(product.ProductId, StringComparer.Ordinal))
                {
                    found[product.ProductId] = new CatalogProduct(product.ProductId, product.Name ?? product.ProductId, product.Sku, product.PriceCents,
                        product.Currency, product.ImageUrl, product.IsActive);
                }
            }
        }

        return found;
    }

    private sealed record LookupRequest(IReadOnlyList<string> ProductIds);

    private sealed record LookupResponse(IReadOnlyList<LookedUpProduct>? Products);

    private sealed record LookedUpProduct(string ProductId, string? Name, string? Sku, long PriceCents, string? Currency, string? ImageUrl, bool IsActive);
}
