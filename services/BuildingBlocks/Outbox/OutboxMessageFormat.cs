using System.Text.Json.Nodes;

namespace PurchasePlatform.BuildingBlocks.Outbox;

/// <summary>Publishes an <see cref="OutboxMessage"/>'s payload as it was written.</summary>
public sealed class OutboxMessageFormat : IOutboxFormat<OutboxMessage>
{
    public object Message(OutboxMessage row) => JsonNode.Parse(row.Payload)!;
}
