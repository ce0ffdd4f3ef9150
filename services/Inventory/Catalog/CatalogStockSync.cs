using Microsoft.Extensions.Options;
using PurchasePlatform.Inventory.Stock;
using PurchasePlatform.Inventory.Validation;

namespace PurchasePlatform.Inventory.Catalog;

/// <summary>
/// At start-up, in the background: gives every catalog product Inventory never initialised its catalog stock
/// (products created later arrive by <c>catalog.product_created.v1</c>). Products initialised before are left
/// alone. While the catalog (or the state store) cannot be reached the whole pass is retried with backoff; a
/// retry skips what is done at the cost of one state read per product.
/// </summary>
public sealed class CatalogStockSync(
    ICatalogProducts catalog, StockService stock, IOptions<InventoryOptions> options, TimeProvider clock, ILogger<CatalogStockSync> logger)
    : BackgroundService
{
    private readonly InventoryOptions.CatalogSyncSettings settings = options.Value.CatalogSync;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Enabled)
        {
            return;
        }

        await Task.Yield();
        var delay = settings.FirstRetry;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var result = await RunOnceAsync(stoppingToken);
                logger.LogInformation("Catalog stock sync done: {Seen} products seen, {Initialised} initialised, {Skipped} without a usable id or stock",
                    result.Seen, result.Initialised, result.Skipped);
                return;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Catalog stock sync attempt {Attempt} failed; next attempt in {Delay}", attempt, delay);
            }

            await Task.Delay(delay, clock, stoppingToken);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, settings.MaxRetry.Ticks));
        }
    }

    /// <summary>One pass over every page of the catalog.</summary>
    public async Task<CatalogSyncResult> RunOnceAsync(CancellationToken cancellationToken)
    {
        var pageSize = Math.Clamp(settings.PageSize, 1, 100);
        int seen = 0, initialised = 0, skipped = 0;
        for (var pageNumber = 1; ; pageNumber++)
        {
            var page = await catalog.GetPageAsync(pageNumber, pageSize, cancellationToken);
            foreach (var product in page.Items)
            {
                seen++;
                if (!InventoryRules.IsProductId(product.Id) || product.InitialStock is not { } quantity || quantity < 0)
                {
                    skipped++;
                    continue;
                }

                if (await stock.InitialiseAsync(product.Id!, quantity, cancellationToken) is not null)
                {
                    initialised++;
                }
            }

            if (page.Items.Count == 0 || pageNumber >= page.TotalPages)
            {
                return new CatalogSyncResult(seen, initialised, skipped);
            }
        }
    }
}

public sealed record CatalogSyncResult(int Seen, int Initialised, int Skipped);
