namespace PurchasePlatform.BuildingBlocks.Outbox;

public sealed class OutboxPublishException(string message, Exception inner) : Exception(message, inner);
