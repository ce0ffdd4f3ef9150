using Microsoft.EntityFrameworkCore;
using PurchasePlatform.BuildingBlocks.Validation;
using PurchasePlatform.Catalog.Domain;
using PurchasePlatform.Catalog.Infrastructure.Persistence;

namespace PurchasePlatform.Catalog.Apis.Products;

/// <summary>Seed 003's product reads under /api/v1/products: list, search and one product. Anyone may read.</summary>
public static class ProductsApi
{
    public const int ReviewsShown = 20;
    public const int RelatedShown = 4;

    public static RouteGroupBuilder MapProductsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/products").WithTags("Products");

        api.MapGet("/", ListAsync).WithValidation<ProductListQuery>().AllowAnonymous();
        api.MapGet("/search", SearchAsync).WithValidation<ProductSearchQuery>().AllowAnonymous();
        api.MapGet("/{productId}", GetAsync).AllowAnonymous();
        api.MapProductAdminApi();
        api.MapReviewsApi();
        return api;
    }

    public static async Task<IResult> ListAsync([AsParameters] ProductListQuery query, HttpContext http, CatalogDbContext db,
        CancellationToken cancellationToken)
    {
        var pageNumber = query.PageNumber ?? 1;
        var pageSize = query.PageSize ?? Paging.DefaultPageSize;
        var categories = new CategoryTree(await db.Categories.AsNoTracking().ToListAsync(cancellationToken));

        var products = db.Products.AsNoTracking().Where(product => product.IsActive);
        if (!string.IsNullOrWhiteSpace(query.Category))
        {
            var ids = categories.Find(query.Category.Trim()) is { } category ? categories.SelfAndDescendants(category.Id) : [];
            products = products.Where(product => ids.Contains(product.CategoryId));
        }

        if (query.MinPrice is { } minPrice)
        {
            var minCents = Money.ToCents(minPrice);
            products = products.Where(product => product.PriceCents >= minCents);
        }

        if (query.MaxPrice is { } maxPrice)
        {
            var maxCents = Money.ToCents(maxPrice);
            products = products.Where(product => product.PriceCents <= maxCents);
        }

        var totalCount = await products.CountAsync(cancellationToken);
        var page = await Sorted(products, query.SortBy, query.SortOrder)
            .Skip((pageNumber - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);

        var items = await SummariesAsync(db, page, categories, cancellationToken);
        return CachedReads.Ok(http, new PagedResponse<ProductSummaryResponse>(items, pageNumber, pageSize, Paging.TotalPages(totalCount, pageSize), totalCount));
    }

    /// <summary>
    /// Ranks every active product by <see cref="SearchRanking"/> and pages the matches, best first (ties: better rated,
    /// then by name). The catalog is small enough to score in memory; a bigger one would want a full-text index.
    /// </summary>
    public static async Task<IResult> SearchAsync([AsParameters] ProductSearchQuery query, HttpContext http, CatalogDbContext db,
        CancellationToken cancellationToken)
    {
        var pageNumber = query.PageNumber ?? 1;
        var pageSize = query.PageSize ?? Paging.DefaultPageSize;
        var terms = SearchRanking.Terms(query.Q!);
        var categories = new CategoryTree(await db.Categories.AsNoTracking().ToListAsync(cancellationToken));
        var products = await db.Products.AsNoTracking().Where(product => product.IsActive).ToListAsync(cancellationToken);

        var ranked = products
            .Select(product => (Product: product, Score: SearchRanking.Score(product, categories[product.CategoryId]?.Name, terms)))
            .Where(match => match.Score > 0)
            .OrderByDescending(match => match.Score)
            .ThenByDescending(match => match.Product.Rating)
            .ThenBy(match => match.Product.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(match => match.Product.Id, StringComparer.Ordinal)
            .Select(match => match.Product)
            .ToList();

        var page = ranked.Skip((pageNumber - 1) * pageSize).Take(pageSize).ToList();
        var items = await SummariesAsync(db, page, categories, cancellationToken);
        return CachedReads.Ok(http, new SearchResponse(items, query.Q!, ranked.Count, pageNumber, pageSize, Paging.TotalPages(ranked.Count, pageSize)));
    }

    /// <summary>One active product by id (or slug), with its latest reviews, specifications and up to four related products.</summary>
    public static async Task<IResult> GetAsync(string productId, HttpContext http, CatalogDbContext db, CancellationToken cancellationToken)
    {
        var product = await db.Products.AsNoTracking()
            .FirstOrDefaultAsync(p => p.IsActive && (p.Id == productId || p.Slug == productId), cancellationToken);
        if (product is null)
        {
            return CatalogErrors.ProductNotFound(productId);
        }

        var category = await db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Id == product.CategoryId, cancellationToken);
        var reviews = await db.Reviews.AsNoTracking()
            .Where(review => review.ProductId == product.Id)
            .OrderByDescending(review => review.CreatedAt).ThenBy(review => review.Id)
            .Take(ReviewsShown)
            .ToListAsync(cancellationToken);
        var related = await db.Products.AsNoTracking()
            .Where(other => other.IsActive && other.CategoryId == product.CategoryId && other.Id != product.Id)
            .OrderByDescending(other => other.ReviewCount).ThenBy(other => other.Id)
            .Select(other => other.Id)
            .Take(RelatedShown)
            .ToListAsync(cancellationToken);
        var stock = await StockView.ForAsync(db, [product], cancellationToken);

        return CachedReads.Ok(http, ProductDetailResponse.From(product, Reference(category), stock[product.Id],
            reviews.Select(ReviewResponse.From).ToList(), related));
    }

    internal static async Task<IReadOnlyList<ProductSummaryResponse>> SummariesAsync(CatalogDbContext db, IReadOnlyList<Product> page,
        CategoryTree categories, CancellationToken cancellationToken)
    {
        var stock = await StockView.ForAsync(db, page, cancellationToken);
        return page.Select(product => ProductSummaryResponse.From(product, Reference(categories[product.CategoryId]), stock[product.Id])).ToList();
    }

    internal static CategoryReference? Reference(Category? category) =>
        category is null ? null : new CategoryReference(category.Id, category.Name, category.Slug);

    private static IQueryable<Product> Sorted(IQueryable<Product> products, string? sortBy, string? sortOrder)
    {
        var descending = string.Equals(sortOrder, "desc", StringComparison.OrdinalIgnoreCase);
        IOrderedQueryable<Product> sorted = sortBy?.ToLowerInvariant() switch
        {
            "name" => descending ? products.OrderByDescending(p => p.Name) : products.OrderBy(p => p.Name),
            "price" => descending ? products.OrderByDescending(p => p.PriceCents) : products.OrderBy(p => p.PriceCents),
            "rating" => descending
                ? products.OrderByDescending(p => p.ReviewCount == 0 ? 0.0 : (double)p.RatingSum / p.ReviewCount).ThenByDescending(p => p.ReviewCount)
                : products.OrderBy(p => p.ReviewCount == 0 ? 0.0 : (double)p.RatingSum / p.ReviewCount).ThenBy(p => p.ReviewCount),
            "createdat" => descending ? products.OrderByDescending(p => p.CreatedAt) : products.OrderBy(p => p.CreatedAt),
            // Without sortBy: newest first, unless sortOrder=asc asks for oldest first.
            _ => string.Equals(sortOrder, "asc", StringComparison.OrdinalIgnoreCase) ? products.OrderBy(p => p.CreatedAt) : products.OrderByDescending(p => p.CreatedAt),
        };
        return sorted.ThenBy(p => p.Id);
    }
}
