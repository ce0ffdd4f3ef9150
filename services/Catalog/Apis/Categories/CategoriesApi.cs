using Microsoft.EntityFrameworkCore;
using PurchasePlatform.Catalog.Infrastructure.Persistence;

namespace PurchasePlatform.Catalog.Apis.Categories;

/// <summary>Seed 003's "Get Categories": the tree, each node counting the active products in it and below it.</summary>
public static class CategoriesApi
{
    public static RouteGroupBuilder MapCategoriesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/categories").WithTags("Categories");
        api.MapGet("/", ListAsync).AllowAnonymous();
        return api;
    }

    public static async Task<IResult> ListAsync(HttpContext http, CatalogDbContext db, CancellationToken cancellationToken)
    {
        var tree = new CategoryTree(await db.Categories.AsNoTracking().ToListAsync(cancellationToken));
        var directCounts = await db.Products.AsNoTracking()
            .Where(product => product.IsActive)
            .GroupBy(product => product.CategoryId)
            .Select(group => new { CategoryId = group.Key, Count = group.Count() })
            .ToDictionaryAsync(row => row.CategoryId, row => row.Count, cancellationToken);

        CategoryResponse Node(Domain.Category category) => new(
            category.Id, category.Name, category.Slug, category.Description, category.ImageUrl,
            tree.SelfAndDescendants(category.Id).Sum(id => directCounts.GetValueOrDefault(id)),
            category.ParentId,
            tree.ChildrenOf(category.Id).Select(Node).ToList());

        return CachedReads.Ok(http, tree.Roots.Select(Node).ToList());
    }
}

public sealed record CategoryResponse(
    string Id,
    string Name,
    string Slug,
    string? Description,
    string? Image,
    int ProductCount,
    string? ParentId,
    IReadOnlyList<CategoryResponse> Children);
