using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using PurchasePlatform.Cart.Domain;

namespace PurchasePlatform.Cart.Catalog;

/// <summary>
/// Asks the catalog app through Dapr service invocation (its sidecar, with the <c>dapr-app-id</c> header: see
/// <see cref="CatalogHttpClient"/>), at most <see cref="MaxIdsPerCall"/> ids per call.
/// </summary>
public sealed class DaprCatalogLookup(HttpClient http, IOptions<CartOptions> options, ILogger<DaprCatalogLookup> logger) : ICatalogLookup
{
    public const string LookupPath = "internal/products/lookup";
    public const int MaxIdsPerCall = 100;

    public async Task<IReadOnlyDictionary<string, ProductInfo>> FindAsync(IReadOnlyCollection<string> productIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, ProductInfo>(StringComparer.Ordinal);
        foreach (var chunk in productIds.Distinct(StringComparer.Ordinal).Chunk(MaxIdsPerCall))
        {
            foreach (var product in await LookupAsync(chunk, cancellationToken))
            {
                found[product.ProductId] = product;
            }
        }

        return found;
    }

    private async Task<IEnumerable<ProductInfo>> LookupAsync(string[] productIds, CancellationToken cancellationToken)
    {
        ProductLookupResponse? response;
        try
        {
            using var answer = await http.PostAsJsonAsync(LookupPath, new ProductLookupRequest(productIds), cancellationToken);
            answer.EnsureSuccessStatusCode();
            response = await answer.Content.ReadFromJsonAsync<ProductLookupResponse>(cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or System.Text.Json.JsonException
                                       or TaskCanceledException { InnerException: TimeoutException })
        {
            logger.LogWarning(ex, "Catalog product lookup failed");
            throw new CatalogUnavailableException("The product catalog could not be reached", ex);
        }

        return (response?.Products ?? [])
            .Where(product => productIds.Contains(product.ProductId, StringComparer.Ordinal))
            .Select(product => new ProductInfo(product.ProductId, product.Name ?? product.ProductId, product.Sku, product.PriceCents,
                product.Currency ?? options.Value.Currency, product.ImageUrl, product.IsActive, product.StockAvailable));
    }
}
