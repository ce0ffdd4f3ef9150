namespace PurchasePlatform.Catalog.Apis.Products;

/// <summary>Query of <c>GET /api/v1/products</c>.</summary>
public sealed class ProductListQuery
{
    public int? PageNumber { get; init; }

    public int? PageSize { get; init; }

    /// <summary>A category id or slug; its subcategories' products are included.</summary>
    public string? Category { get; init; }

    public decimal? MinPrice { get; init; }

    public decimal? MaxPrice { get; init; }

    /// <summary>name, price, createdAt or rating.</summary>
    public string? SortBy { get; init; }

    /// <summary>asc or desc.</summary>
    public string? SortOrder { get; init; }
}

/// <summary>Query of <c>GET /api/v1/products/search</c>.</summary>
public sealed class ProductSearchQuery
{
    public string? Q { get; init; }

    public int? PageNumber { get; init; }

    public int? PageSize { get; init; }
}

public sealed record ProductImageRequest(string? Url, string? Alt, bool IsPrimary);

public sealed record ProductAttributeRequest(string? Name, string? Value);

/// <summary>Body of <c>POST /api/v1/products</c>; the slug is made from the name when left out.</summary>
public sealed record CreateProductRequest(
    string? Name,
    string? Slug,
    string? Description,
    string? LongDescription,
    decimal? Price,
    decimal? CompareAtPrice,
    string? Sku,
    string? CategoryId,
    List<ProductImageRequest>? Images,
    int? Stock,
    List<string>? Tags,
    List<ProductAttributeRequest>? Attributes,
    Dictionary<string, string>? Specifications);

/// <summary>Body of <c>PUT /api/v1/products/{id}</c>: the fields sent replace the stored ones, the others stay.</summary>
public sealed record UpdateProductRequest(
    string? Name,
    string? Slug,
    string? Description,
    string? LongDescription,
    decimal? Price,
    decimal? CompareAtPrice,
    string? Sku,
    string? CategoryId,
    List<ProductImageRequest>? Images,
    int? Stock,
    List<string>? Tags,
    List<ProductAttributeRequest>? Attributes,
    Dictionary<string, string>? Specifications);

/// <summary>Body of <c>POST /api/v1/products/{id}/reviews</c>.</summary>
public sealed record AddReviewRequest(int? Rating, string? Title, string? Comment, string? OrderId);
