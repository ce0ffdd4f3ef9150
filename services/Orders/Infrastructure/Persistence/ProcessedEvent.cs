namespace PurchasePlatform.Orders.Infrastructure.Persistence;

/// <summary>An event a consumer has handled, written in the transaction of its effect, so a redelivery changes nothing.</summary>
public sealed class ProcessedEvent
{
    public required string EventId { get; init; }

    public required string Topic { get; init; }

    public required DateTime ProcessedAt { get; init; }
}
