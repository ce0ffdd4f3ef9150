using Microsoft.EntityFrameworkCore;
using PurchasePlatform.BuildingBlocks.Persistence;
using PurchasePlatform.Catalog.Domain;
using PurchasePlatform.Catalog.Infrastructure.Persistence;

namespace PurchasePlatform.Catalog.Infrastructure.Seeding;

/// <summary>
/// Loads the seed categories and products into an empty catalog (config <c>Catalog:SeedData</c>, on by default). Seeding
/// writes no outbox events: the data set is known to every service already, nothing changed.
/// </summary>
public sealed class CatalogSeeder(CatalogDbContext db, IConfiguration configuration, ILogger<CatalogSeeder> logger) : IDatabaseSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Catalog:SeedData", true) || await db.Categories.AnyAsync(cancellationToken))
        {
            return;
        }

        foreach (var seed in SeedCategories.All)
        {
            db.Categories.Add(new Category
            {
                Id = seed.Id,
                Name = seed.Name,
                Slug = seed.Slug,
                Description = seed.Description,
                ImageUrl = $"https://cdn.example.com/categories/{seed.Slug}.jpg",
                ParentId = seed.ParentId,
            });
        }

        var products = SeedProducts.Create();
        db.Products.AddRange(products);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded the catalog with {Categories} categories and {Products} products", SeedCategories.All.Count, products.Count);
    }
}
