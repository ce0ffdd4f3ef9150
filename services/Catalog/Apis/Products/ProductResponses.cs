using PurchasePlatform.Catalog.Domain;

namespace PurchasePlatform.Catalog.Apis.Products;

public sealed record CategoryReference(string Id, string Name, string Slug);

public sealed record ImageResponse(string Url, string? Alt, bool IsPrimary);

public sealed record AttributeResponse(string Name, string Value);

/// <summary>A product in lists and search results (seed 003, "Get All Products").</summary>
public sealed record ProductSummaryResponse(
    string Id,
    string Name,
    string Slug,
    string Description,
    decimal Price,
    decimal? CompareAtPrice,
    string Sku,
    CategoryReference? Category,
    IReadOnlyList<ImageResponse> Images,
    int Stock,
    bool InStock,
    decimal Rating,
    int ReviewCount,
    IReadOnlyList<string> Tags,
    IReadOnlyList<AttributeResponse> Attributes,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    public static ProductSummaryResponse From(Product product, CategoryReference? category, int stock) => new(
        product.Id, product.Name, product.Slug, product.Description, Money.ToDecimal(product.PriceCents), Money.ToDecimal(product.CompareAtPriceCents),
        product.Sku, category, ImagesOf(product), stock, stock > 0, product.Rating, product.ReviewCount, product.Tags, AttributesOf(product),
        product.CreatedAt, product.UpdatedAt);

    internal static IReadOnlyList<ImageResponse> ImagesOf(Product product) =>
        product.Images.Select(image => new ImageResponse(image.Url, image.Alt, image.IsPrimary)).ToList();

    internal static IReadOnlyList<AttributeResponse> AttributesOf(Product product) =>
        product.Attributes.Select(attribute => new AttributeResponse(attribute.Name, attribute.Value)).ToList();
}

/// <summary>One product with its reviews, specifications and related products (seed 003, "Get Product by ID").</summary>
public sealed record ProductDetailResponse(
    string Id,
    string Name,
    string Slug,
    string Description,
    string? LongDescription,
    decimal Price,
    decimal? CompareAtPrice,
    string Sku,
    CategoryReference? Category,
    IReadOnlyList<ImageResponse> Images,
    int Stock,
    bool InStock,
    decimal Rating,
    int ReviewCount,
    IReadOnlyList<ReviewResponse> Reviews,
    IReadOnlyDictionary<string, string> Specifications,
    IReadOnlyList<string> RelatedProducts,
    IReadOnlyList<string> Tags,
    IReadOnlyList<AttributeResponse> Attributes,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    public static ProductDetailResponse From(Product product, CategoryReference? category, int stock, IReadOnlyList<ReviewResponse> reviews,
        IReadOnlyList<string> related) => new(
        product.Id, product.Name, product.Slug, product.Description, product.LongDescription, Money.ToDecimal(product.PriceCents),
        Money.ToDecimal(product.CompareAtPriceCents), product.Sku, category, ProductSummaryResponse.ImagesOf(product), stock, stock > 0,
        product.Rating, product.ReviewCount, reviews, product.Specifications, related, product.Tags, ProductSummaryResponse.AttributesOf(product),
        product.CreatedAt, product.UpdatedAt);
}

/// <summary>A review as shown under its product.</summary>
public sealed record ReviewResponse(string Id, string UserId, string UserName, int Rating, string? Title, string? Comment, DateTime CreatedAt)
{
    public static ReviewResponse From(Review review) =>
        new(review.Id, review.UserId, review.UserName, review.Rating, review.Title, review.Comment, review.CreatedAt);
}

/// <summary>The answer to adding a review (seed 003, "Add Review").</summary>
public sealed record CreatedReviewResponse(string Id, string ProductId, string UserId, int Rating, string? Title, string? Comment, DateTime CreatedAt)
{
    public static CreatedReviewResponse From(Review review) =>
        new(review.Id, review.ProductId, review.UserId, review.Rating, review.Title, review.Comment, review.CreatedAt);
}

/// <summary>Seed 003's pagination shape.</summary>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalPages, int TotalCount)
{
    public bool HasPreviousPage => PageNumber > 1;

    public bool HasNextPage => PageNumber < TotalPages;
}

/// <summary>Seed 003's search answer: the page, the query and the paging figures.</summary>
public sealed record SearchResponse(IReadOnlyList<ProductSummaryResponse> Items, string Query, int TotalCount, int PageNumber, int PageSize, int TotalPages)
{
    public bool HasPreviousPage => PageNumber > 1;

    public bool HasNextPage => PageNumber < TotalPages;
}

public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static int TotalPages(int totalCount, int pageSize) => (totalCount + pageSize - 1) / pageSize;
}
