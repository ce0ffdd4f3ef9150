namespace PurchasePlatform.BuildingBlocks.Correlation;

/// <summary>Gives the correlation id of the request being handled, e.g. to forward it on outgoing calls.</summary>
public interface ICorrelationIdAccessor
{
    string? CorrelationId { get; }
}
