namespace PurchasePlatform.Inventory.Domain;

/// <summary>An order event saved with the stock change that caused it, kept until it has been published.</summary>
public sealed record OutboxEntry(string EventId, string Topic, FlashOrder Order);
