using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PurchasePlatform.BuildingBlocks.Snapshots;
using PurchasePlatform.Orders.Apis;
using PurchasePlatform.Orders.Domain;
using PurchasePlatform.Orders.Infrastructure.Catalog;
using PurchasePlatform.Orders.Infrastructure.Snapshots;

namespace PurchasePlatform.Orders.Application;

/// <summary>
/// Turns what a caller sends into an order draft: a signed cart snapshot (its signature checked, its prices kept), or
/// seed 002's <c>{ userId, items }</c> (prices from the catalog, never from the client). A caller orders for
/// themself unless they hold <c>orders:admin</c>.
/// </summary>
public sealed class OrderDrafts(ISnapshotVerifier verifier, IProductCatalog catalog, IOptions<OrdersOptions> options)
{
    public const int MaxItems = 100;
    public const int MaxQuantity = 10_000;

    public async Task<DraftOutcome> FromSnapshotAsync(JsonObject snapshotJson, ClaimsPrincipal caller, OrderDetails details,
        CancellationToken cancellationToken)
    {
        var invalid = new DraftRefusal(DraftRefusalReason.InvalidSnapshot, "Invalid snapshot payload");
        try
        {
            if (!await verifier.IsValidAsync(snapshotJson, cancellationToken))
            {
                return invalid;
            }
        }
        catch (SnapshotSecretUnavailableException)
        {
            return new DraftRefusal(DraftRefusalReason.SnapshotSecretUnavailable, "Cart snapshots cannot be verified right now");
        }

        if (CartSnapshotJson.Read(snapshotJson) is not { } snapshot || snapshot.Items is null || string.IsNullOrWhiteSpace(snapshot.UserId)
            || snapshot.PricingSnapshot is null || string.IsNullOrWhiteSpace(snapshot.Currency))
        {
            return invalid;
        }

        if (snapshot.Items.Count == 0)
        {
            return new DraftRefusal(DraftRefusalReason.EmptyItems, "Order must contain at least one item", "cartSnapshot.items");
        }

        if (snapshot.Items.Any(item => item.Quantity <= 0 || item.UnitPriceCents < 0 || string.IsNullOrEmpty(item.ProductId)))
        {
            return invalid;
        }

        if (!MayOrderFor(caller, snapshot.UserId))
        {
            return new DraftRefusal(DraftRefusalReason.Forbidden, "The snapshot belongs to another user");
        }

        var lines = snapshot.Items.Select(item => new OrderLine
        {
            ProductId = item.ProductId,
            ProductName = item.Title,
            Sku = item.Sku,
            ImageUrl = item.ImageUrl,
            UnitPriceCents = item.UnitPriceCents,
            Quantity = item.Quantity,
        }).ToList();
        var pricing = snapshot.PricingSnapshot;
        var amounts = new OrderPricing(snapshot.Currency, pricing.SubtotalCents, pricing.DiscountCents, pricing.TaxCents, 0, pricing.TotalCents);
        return new OrderDraft(snapshot.UserId, OrderSource.CartSnapshot, lines, amounts, details with { CouponCode = pricing.CouponCode ?? details.CouponCode },
            snapshotJson.ToJsonString());
    }

    /// <summary>Seed 002's body: <c>{ userId, items: [ { productId, quantity, price? } ] }</c>; a client's price is ignored.</summary>
    public async Task<DraftOutcome> FromItemsAsync(JsonObject body, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        var userId = body["userId"] is JsonValue userValue && userValue.TryGetValue<string>(out var text) ? text.Trim() : null;
        if (string.IsNullOrEmpty(userId) || !Guid.TryParse(userId, out _))
        {
            return new DraftRefusal(DraftRefusalReason.InvalidUserId, "Invalid user ID", "userId");
        }

        if (body["items"] is not JsonArray items || items.Count == 0)
        {
            return new DraftRefusal(DraftRefusalReason.EmptyItems, "Order must contain at least one item", "items");
        }

        if (items.Count > MaxItems)
        {
            return new DraftRefusal(DraftRefusalReason.InvalidItems, $"An order holds at most {MaxItems} items", "items");
        }

        var wanted = new List<(string ProductId, int Quantity)>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not JsonObject item
                || item["productId"] is not JsonValue productValue || !productValue.TryGetValue<string>(out var productId) || productId.Length == 0
                || item["quantity"] is not JsonValue quantityValue || !quantityValue.TryGetValue<int>(out var quantity) || quantity is <= 0 or > MaxQuantity)
            {
                return new DraftRefusal(DraftRefusalReason.InvalidItems, "Each item needs a productId and a quantity from 1 to 10000", $"items[{i}]");
            }

            wanted.Add((productId, quantity));
        }

        if (!MayOrderFor(caller, userId))
        {
            return new DraftRefusal(DraftRefusalReason.Forbidden, "You may only order for yourself");
        }

        IReadOnlyDictionary<string, CatalogProduct> products;
        try
        {
            products = await catalog.FindAsync(wanted.Select(item => item.ProductId).ToList(), cancellationToken);
        }
        catch (CatalogUnavailableException)
        {
            return new DraftRefusal(DraftRefusalReason.CatalogUnavailable, "The product catalog is unavailable");
        }

        var lines = new List<OrderLine>();
        for (var i = 0; i < wanted.Count; i++)
        {
            if (!products.TryGetValue(wanted[i].ProductId, out var product) || !product.IsActive)
            {
                return new DraftRefusal(DraftRefusalReason.ProductUnavailable, $"Product {wanted[i].ProductId} is not available", $"items[{i}].productId");
            }

            lines.Add(new OrderLine
            {
                ProductId = product.ProductId,
                ProductName = product.Name,
                Sku = product.Sku,
                ImageUrl = product.ImageUrl,
                UnitPriceCents = product.PriceCents,
                Quantity = wanted[i].Quantity,
            });
        }

        var currencies = lines.Select(line => products[line.ProductId].Currency ?? options.Value.DefaultCurrency).Distinct().ToList();
        if (currencies.Count > 1)
        {
            return new DraftRefusal(DraftRefusalReason.InvalidItems, "All items of an order must have the same currency", "items");
        }

        return new OrderDraft(userId, OrderSource.Items, lines, OrderPricing.OfLines(currencies[0], lines), OrderDetails.None);
    }

    private static bool MayOrderFor(ClaimsPrincipal caller, string userId) => caller.IsCustomer(userId) || caller.IsOperator();
}
