namespace PurchasePlatform.Cart.Domain;

/// <summary>
/// One user's cart as it is stored (one state-store entry per user). Every change returns a new cart; the store
/// raises <see cref="Version"/> when it saves one. Clearing starts a new <see cref="CartId"/>: a coupon use is
/// counted once per cart id (see CouponUsage).
/// </summary>
public sealed record ShoppingCart(
    Guid UserId,
    Guid CartId,
    long Version,
    IReadOnlyList<CartLine> Items,
    string? CouponCode,
    DateTime? UpdatedAt,
    int LastItemNumber)
{
    public const int MaxQuantityPerLine = 99;
    public const int MaxLines = 100;

    public static ShoppingCart Empty(Guid userId) => new(userId, Guid.NewGuid(), 0, [], null, null, 0);

    public int TotalQuantity => Items.Sum(item => item.Quantity);

    public CartLine? FindItem(string itemId) => Items.FirstOrDefault(item => item.Id == itemId);

    public CartLine? FindProduct(string productId) => Items.FirstOrDefault(item => item.ProductId == productId);

    /// <summary>Adds the product, or raises the quantity of its line (taking the catalog's current name, image and price).</summary>
    public (ShoppingCart Cart, CartLine Line) Add(ProductInfo product, int quantity, DateTime now)
    {
        if (FindProduct(product.ProductId) is { } existing)
        {
            var raised = existing with
            {
                ProductName = product.Name,
                ProductImage = product.ImageUrl,
                Sku = product.Sku,
                UnitPriceCents = product.PriceCents,
                Quantity = existing.Quantity + quantity,
            };
            return (Replace(existing, raised, now), raised);
        }

        var number = LastItemNumber + 1;
        var line = new CartLine(ItemId(number), product.ProductId, product.Name, product.ImageUrl, product.Sku, product.PriceCents, quantity, now);
        return (this with { Items = [.. Items, line], LastItemNumber = number, UpdatedAt = now }, line);
    }

    public (ShoppingCart Cart, CartLine Line) SetQuantity(CartLine line, int quantity, DateTime now)
    {
        var changed = line with { Quantity = quantity };
        return (Replace(line, changed, now), changed);
    }

    public ShoppingCart Remove(CartLine line, DateTime now) =>
        this with { Items = Items.Where(item => item.Id != line.Id).ToList(), UpdatedAt = now };

    /// <summary>An empty cart with a new id (the coupon goes too).</summary>
    public ShoppingCart Clear(DateTime now) => this with { CartId = Guid.NewGuid(), Items = [], CouponCode = null, UpdatedAt = now, LastItemNumber = 0 };

    public ShoppingCart WithCoupon(string? couponCode, DateTime now) => this with { CouponCode = couponCode, UpdatedAt = now };

    /// <summary>The cart with each line's price set to the catalog's current one.</summary>
    public ShoppingCart Repriced(IReadOnlyDictionary<string, long> priceByProduct, DateTime now) =>
        this with
        {
            Items = Items.Select(item => priceByProduct.TryGetValue(item.ProductId, out var price) ? item with { UnitPriceCents = price } : item).ToList(),
            UpdatedAt = now,
        };

    private ShoppingCart Replace(CartLine old, CartLine replacement, DateTime now) =>
        this with { Items = Items.Select(item => item.Id == old.Id ? replacement : item).ToList(), UpdatedAt = now };

    private static string ItemId(int number) => $"cart-item-{number:000}";
}
