using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PurchasePlatform.Cart.Catalog;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Cart.Tests.Infrastructure;

/// <summary>The catalog's <c>POST /internal/products/lookup</c> (issue 5 contract) over products the test sets.</summary>
public sealed class FakeCatalog : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, LookedUpProduct> products = new(StringComparer.Ordinal);
    private TestApp? app;

    public int Port => app!.Port;

    /// <summary>While true the lookup answers 500.</summary>
    public bool Failing { get; set; }

    public async Task StartAsync(int port)
    {
        app = await TestApp.StartAsync(web => web.MapPost("/internal/products/lookup", (ProductLookupRequest request) =>
            Failing
                ? Results.StatusCode(StatusCodes.Status500InternalServerError)
                : Results.Ok(new ProductLookupResponse(request.ProductIds
                    .Select(id => products.TryGetValue(id, out var product) ? product : null)
                    .OfType<LookedUpProduct>()
                    .ToList()))), port);
    }

    /// <summary>Adds (or replaces) a product with a fresh id; returns the id.</summary>
    public string Add(string name, long priceCents, int stock = 100, bool active = true, string? sku = null)
    {
        var id = "prod-" + Guid.NewGuid().ToString("N")[..10];
        products[id] = new LookedUpProduct(id, name, sku ?? "SKU-" + id[5..], priceCents, "USD", $"https://cdn.example.com/products/{id}.jpg",
            active, stock);
        return id;
    }

    public void SetPrice(string productId, long priceCents) => products[productId] = products[productId] with { PriceCents = priceCents };

    public void SetStock(string productId, int stock) => products[productId] = products[productId] with { StockAvailable = stock };

    public void Deactivate(string productId) => products[productId] = products[productId] with { IsActive = false };

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
