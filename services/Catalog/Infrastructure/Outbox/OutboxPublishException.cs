namespace PurchasePlatform.Catalog.Infrastructure.Outbox;

public sealed class OutboxPublishException(string message, Exception inner) : Exception(message, inner);
