using Microsoft.EntityFrameworkCore.Query;

namespace PurchasePlatform.BuildingBlocks.Outbox;

/// <summary>How a service's outbox rows are ordered and turned into published messages.</summary>
public interface IOutboxFormat<TRow> where TRow : OutboxRow
{
    /// <summary>The order rows are published in; oldest first by default.</summary>
    IOrderedQueryable<TRow> Order(IQueryable<TRow> rows) => rows.OrderBy(row => row.OccurredAt).ThenBy(row => row.Id);

    /// <summary>The data published for a row (serialized by the Dapr client).</summary>
    object Message(TRow row);

    /// <summary>Extra columns to set when the row is marked published, e.g. to erase secrets it carried.</summary>
    void OnPublished(UpdateSettersBuilder<TRow> setters)
    {
    }
}
