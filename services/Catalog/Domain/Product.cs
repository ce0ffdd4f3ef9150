namespace PurchasePlatform.Catalog.Domain;

/// <summary>A product for sale. Prices are integer cents; the rating is kept as an exact sum and count of review ratings.</summary>
public sealed class Product
{
    public required string Id { get; init; }

    public required string Name { get; set; }

    public required string Slug { get; set; }

    public required string Description { get; set; }

    public string? LongDescription { get; set; }

    public required long PriceCents { get; set; }

    public long? CompareAtPriceCents { get; set; }

    public string Currency { get; set; } = "USD";

    public required string Sku { get; set; }

    public required string CategoryId { get; set; }

    public Category? Category { get; set; }

    public List<ProductImage> Images { get; set; } = [];

    /// <summary>The stock the catalog was given (seed 003's <c>stock</c>); shown until Inventory reports the product.</summary>
    public int StockQuantity { get; set; }

    public List<string> Tags { get; set; } = [];

    public List<ProductAttribute> Attributes { get; set; } = [];

    public Dictionary<string, string> Specifications { get; set; } = [];

    public int RatingSum { get; set; }

    public int ReviewCount { get; set; }

    /// <summary>False once deleted: the row stays for reviews and purchases, but the product is no longer listed.</summary>
    public bool IsActive { get; set; } = true;

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; set; }

    /// <summary>Raised on every change; two admins updating at once cannot both win.</summary>
    public int Version { get; set; }

    /// <summary>The average rating rounded to two decimals, 0 without reviews.</summary>
    public decimal Rating => ReviewCount == 0 ? 0m : Math.Round((decimal)RatingSum / ReviewCount, 2, MidpointRounding.AwayFromZero);
}

public sealed record ProductImage(string Url, string? Alt, bool IsPrimary);

public sealed record ProductAttribute(string Name, string Value);
