using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PurchasePlatform.Catalog.Infrastructure.Seeding;
using Microsoft.Extensions.DependencyInjection;
using PurchasePlatform.Catalog.Tests.Infrastructure;

namespace PurchasePlatform.Catalog.Tests.Domain;

public sealed class SeedDataTests
{
    [Fact]
    public void The_seed_has_at_least_200_distinct_products_with_realistic_fields()
    {
        var products = SeedProducts.Create();

        Assert.True(products.Count >= 200, $"{products.Count} products");
        Assert.Equal(products.Count, products.Select(p => p.Id).Distinct().Count());
        Assert.Equal(products.Count, products.Select(p => p.Sku).Distinct().Count());
        Assert.Equal(products.Count, products.Select(p => p.Slug).Distinct().Count());
        Assert.Equal(products.Count, products.Select(p => p.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.DoesNotContain(products, p => Regex.IsMatch(p.Name, @"^Product \d+$"));
        Assert.All(products, p =>
        {
            Assert.InRange(p.PriceCents, 100, 1_000_000);
            Assert.True(p.CompareAtPriceCents is null || p.CompareAtPriceCents > p.PriceCents, p.Name);
            Assert.NotEmpty(p.Images);
            Assert.StartsWith("https://", p.Images[0].Url);
            Assert.NotEmpty(p.Tags);
            Assert.True(p.Specifications.ContainsKey("brand"), p.Name);
            Assert.True(p.Description.Length > 30, p.Description);
            Assert.False(string.IsNullOrEmpty(p.LongDescription));
        });
        Assert.True(products.Select(p => p.Specifications["brand"]).Distinct().Count() >= 30);
        Assert.Contains(products, p => p.StockQuantity == 0);
    }

    [Fact]
    public void The_seed_is_the_same_every_time()
    {
        var first = SeedProducts.Create();
        var second = SeedProducts.Create();

        Assert.Equal(first.Select(p => (p.Id, p.Name, p.PriceCents, p.Sku)), second.Select(p => (p.Id, p.Name, p.PriceCents, p.Sku)));
    }

    [Fact]
    public void Products_sit_in_leaf_categories_of_a_tree_three_levels_deep()
    {
        var categories = SeedCategories.All.ToDictionary(c => c.Id);
        int Depth(string id) => categories[id].ParentId is { } parent ? 1 + Depth(parent) : 1;

        Assert.Equal(3, SeedCategories.All.Max(c => Depth(c.Id)));
        Assert.All(SeedCategories.All.Where(c => c.ParentId is not null), c => Assert.True(categories.ContainsKey(c.ParentId!)));
        var parents = SeedCategories.All.Select(c => c.ParentId).OfType<string>().ToHashSet();
        Assert.All(SeedProducts.Create(), p => Assert.DoesNotContain(p.CategoryId, parents));
        Assert.Equal(SeedCategories.All.Count, SeedCategories.All.Select(c => c.Slug).Distinct().Count());
    }

    [Fact]
    public async Task The_seed_is_loaded_once_into_an_empty_catalog()
    {
        var app = new CatalogApp();
        await app.InitializeAsync();
        try
        {
            var seeded = await app.InDatabaseAsync(db => db.Products.CountAsync());
            await using (var scope = app.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<CatalogSeeder>().SeedAsync(CancellationToken.None);
            }

            Assert.Equal(SeedProducts.Create().Count, seeded);
            Assert.Equal(seeded, await app.InDatabaseAsync(db => db.Products.CountAsync()));
            Assert.Equal(0, await app.InDatabaseAsync(db => db.CatalogEvents.CountAsync()));
        }
        finally
        {
            await app.DisposeAsync();
        }
    }
}
