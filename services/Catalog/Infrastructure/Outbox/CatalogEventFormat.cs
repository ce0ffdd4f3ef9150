using PurchasePlatform.BuildingBlocks.Outbox;

namespace PurchasePlatform.Catalog.Infrastructure.Outbox;

/// <summary>Catalog events go out oldest first, in the style of seed 002's events (<see cref="CatalogEventRows.Message"/>).</summary>
public sealed class CatalogEventFormat : IOutboxFormat<CatalogEvent>
{
    public object Message(CatalogEvent row) => CatalogEventRows.Message(row);
}
