namespace PurchasePlatform.Catalog.Domain;

public sealed class Category
{
    public required string Id { get; init; }

    public required string Name { get; set; }

    public required string Slug { get; set; }

    public string? Description { get; set; }

    public string? ImageUrl { get; set; }

    public string? ParentId { get; set; }
}
