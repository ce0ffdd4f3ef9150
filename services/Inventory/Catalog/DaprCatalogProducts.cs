using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace PurchasePlatform.Inventory.Catalog;

/// <summary>
/// The catalog's public product list (<c>GET api/v1/products</c>, seed 003 envelope) through Dapr service
/// invocation; the HTTP client is set up with the sidecar address and the catalog's app id.
/// </summary>
public sealed class DaprCatalogProducts(HttpClient http) : ICatalogProducts
{
    public const string ProductsPath = "api/v1/products";

    public async Task<CatalogProductPage> GetPageAsync(int pageNumber, int pageSize, CancellationToken cancellationToken)
    {
        // Oldest first (ties by id): products created while paging land on later pages instead of shifting earlier ones.
        var path = string.Create(CultureInfo.InvariantCulture,
            $"{ProductsPath}?pageNumber={pageNumber}&pageSize={pageSize}&sortBy=createdAt&sortOrder=asc");
        ListEnvelope? envelope;
        try
        {
            using var answer = await http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
            answer.EnsureSuccessStatusCode();
            envelope = await answer.Content.ReadFromJsonAsync<ListEnvelope>(cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or TaskCanceledException { InnerException: TimeoutException })
        {
            throw new CatalogUnavailableException($"Catalog products page {pageNumber} could not be read", ex);
        }

        if (envelope is not { Success: true, Data: { } data })
        {
            throw new CatalogUnavailableException($"Catalog products page {pageNumber} came back without data");
        }

        return new CatalogProductPage(data.Items ?? [], data.PageNumber, data.TotalPages);
    }

    private sealed record ListEnvelope(bool Success, ListPage? Data);

    private sealed record ListPage(IReadOnlyList<CatalogProduct>? Items, int PageNumber, int TotalPages);
}
