namespace PurchasePlatform.Catalog.Domain;

/// <summary>A customer's review of a product they bought, at most one per (product, order).</summary>
public sealed class Review
{
    public const int MinRating = 1;
    public const int MaxRating = 5;

    public required string Id { get; init; }

    public required string ProductId { get; init; }

    public required string UserId { get; init; }

    public required string UserName { get; init; }

    public required string OrderId { get; init; }

    public required int Rating { get; init; }

    public string? Title { get; init; }

    public string? Comment { get; init; }

    public required DateTime CreatedAt { get; init; }
}
