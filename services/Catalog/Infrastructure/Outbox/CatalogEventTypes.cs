namespace PurchasePlatform.Catalog.Infrastructure.Outbox;

/// <summary>Event names and the versioned topics they are published on (webhooks map them to "product.created", ...).</summary>
public static class CatalogEventTypes
{
    public const string ProductCreated = "product_created";
    public const string ProductUpdated = "product_updated";
    public const string ProductDeleted = "product_deleted";

    public static string TopicOf(string eventType) => $"catalog.{eventType}.v1";
}
