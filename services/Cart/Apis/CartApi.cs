using System.Security.Claims;
using PurchasePlatform.BuildingBlocks.Authentication;
using PurchasePlatform.BuildingBlocks.Responses;
using PurchasePlatform.BuildingBlocks.Validation;
using PurchasePlatform.Cart.Coupons;
using PurchasePlatform.Cart.Domain;
using PurchasePlatform.Cart.Infrastructure;
using PurchasePlatform.Cart.Snapshots;

namespace PurchasePlatform.Cart.Apis;

/// <summary>
/// Seed 003's Shopping Cart routes under /api/v1/cart: the caller's own cart (the token's subject, scope <c>cart</c>).
/// Every change is re-applied to the cart as stored if another request saved it first, so none is lost.
/// </summary>
public static class CartApi
{
    private const string Path = "/api/v1/cart";

    public static RouteGroupBuilder MapCartApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Path).WithTags("Cart").RequireScope(PlatformScopes.Cart).AddEndpointFilter<CartFailuresFilter>();
        api.MapGet("/", GetAsync);
        api.MapDelete("/", ClearAsync);
        api.MapPost("/items", AddItemAsync).WithValidation<AddItemRequest>();
        api.MapPut("/items/{itemId}", UpdateItemAsync).WithValidation<UpdateItemRequest>();
        api.MapDelete("/items/{itemId}", RemoveItemAsync);
        api.MapPost("/apply-coupon", ApplyCouponAsync).WithValidation<ApplyCouponRequest>();
        api.MapDelete("/coupon", RemoveCouponAsync);
        api.MapPost("/snapshot", SnapshotAsync);
        return api;
    }

    public static async Task<IResult> GetAsync(ClaimsPrincipal principal, CartServices services, CancellationToken cancellationToken)
    {
        if (principal.UserId() is not { } userId)
        {
            return CartErrors.UnknownCaller();
        }

        var cart = await services.Carts.GetAsync(userId, cancellationToken);
        return ApiResults.Ok(CartResponse.From(cart, services.Totals(cart)));
    }

    /// <summary>Adding a product already in the cart raises its quantity (and takes the catalog's current price).</summary>
    public static async Task<IResult> AddItemAsync(AddItemRequest request, ClaimsPrincipal principal, CartServices services,
        CancellationToken cancellationToken)
    {
        if (principal.UserId() is not { } userId)
        {
            return CartErrors.UnknownCaller();
        }

        var productId = request.ProductId!.Trim();
        var quantity = request.Quantity!.Value;
        if (await services.FindProductAsync(productId, cancellationToken) is not { } product)
        {
            return CartErrors.ProductNotFound(productId);
        }

        if (!product.IsActive)
        {
            return CartErrors.Unavailable(productId);
        }

        return await services.Carts.ChangeAsync<IResult>(userId, cart =>
        {
            var existing = cart.FindProduct(productId);
            var wanted = (existing?.Quantity ?? 0) + quantity;
            if (wanted > product.StockAvailable)
            {
                return Keep(CartErrors.InsufficientStock(product.StockAvailable, wanted));
            }

            if (wanted > ShoppingCart.MaxQuantityPerLine)
            {
                return Keep(CartErrors.QuantityTooLarge(wanted));
            }

            if (existing is null && cart.Items.Count >= ShoppingCart.MaxLines)
            {
                return Keep(CartErrors.Full());
            }

            var (changed, line) = cart.Add(product, quantity, services.Carts.Now);
            return Save(changed, ApiResults.Created($"{Path}/items/{line.Id}", AddedItemResponse.From(line), "Item added to cart"));
        }, cancellationToken);
    }

    public static async Task<IResult> UpdateItemAsync(string itemId, UpdateItemRequest request, ClaimsPrincipal principal, CartServices services,
        CancellationToken cancellationToken)
    {
        if (principal.UserId() is not { } userId)
        {
            return CartErrors.UnknownCaller();
        }

        var quantity = request.Quantity!.Value;
        if ((await services.Carts.GetAsync(userId, cancellationToken)).FindItem(itemId) is not { } item)
        {
            return CartErrors.ItemNotFound(itemId);
        }

        var product = await services.FindProductAsync(item.ProductId, cancellationToken);
        if (product is not { IsActive: true })
        {
            return CartErrors.Unavailable(item.ProductId, null);
        }

        if (quantity > product.StockAvailable)
        {
            return CartErrors.InsufficientStock(product.StockAvailable, quantity);
        }

        return await services.Carts.ChangeAsync<IResult>(userId, cart =>
        {
            if (cart.FindItem(itemId) is not { } current || current.ProductId != item.ProductId)
            {
                return Keep(CartErrors.ItemNotFound(itemId));
            }

            var (changed, line) = cart.SetQuantity(current, quantity, services.Carts.Now);
            return Save(changed, ApiResults.Ok(UpdatedItemResponse.From(line), "Cart item updated"));
        }, cancellationToken);
    }

    public static async Task<IResult> RemoveItemAsync(string itemId, ClaimsPrincipal principal, CartServices services,
        CancellationToken cancellationToken)
    {
        if (principal.UserId() is not { } userId)
        {
            return CartErrors.UnknownCaller();
        }

        return await services.Carts.ChangeAsync<IResult>(userId, cart => cart.FindItem(itemId) is { } line
            ? Save(cart.Remove(line, services.Carts.Now), TypedResults.NoContent())
            : Keep(CartErrors.ItemNotFound(itemId)), cancellationToken);
    }

    /// <summary>Empties the cart and starts a new cart id; a cart never saved stays as it is.</summary>
    public static async Task<IResult> ClearAsync(ClaimsPrincipal principal, CartServices services, CancellationToken cancellationToken)
    {
        if (principal.UserId() is not { } userId)
        {
            return CartErrors.UnknownCaller();
        }

        return await services.Carts.ChangeAsync<IResult>(userId, cart => cart.Version == 0
            ? Keep(TypedResults.NoContent())
            : Save(cart.Clear(services.Carts.Now), TypedResults.NoContent()), cancellationToken);
    }

    /// <summary>
    /// One coupon per cart: applying the one already applied answers as the first time did; another one is refused.
    /// Usage limits are checked here and counted when the checkout snapshot is taken.
    /// </summary>
    public static async Task<IResult> ApplyCouponAsync(ApplyCouponRequest request, ClaimsPrincipal principal, CartServices services,
        CancellationToken cancellationToken)
    {
        if (principal.UserId() is not { } userId)
        {
            return CartErrors.UnknownCaller();
        }

        if (services.Coupons.Find(request.CouponCode) is not { } coupon)
        {
            return CartErrors.CouponUnknown();
        }

        var usage = await services.CouponUsage.GetAsync(coupon.Code, cancellationToken);
        var now = services.Now;
        return await services.Carts.ChangeAsync<IResult>(userId, cart =>
        {
            if (cart.CouponCode is { } applied && applied != coupon.Code)
            {
                return Keep(CartErrors.AnotherCoupon(applied));
            }

            var subtotal = cart.Items.Sum(item => item.SubtotalCents);
            var check = CouponRules.Check(coupon, subtotal, now);
            if (check == CouponCheck.Usable)
            {
                check = CouponRules.CheckUsage(coupon, usage, userId, cart.CartId);
            }

            if (check != CouponCheck.Usable)
            {
                return Keep(CartErrors.Coupon(check, coupon, subtotal));
            }

            var changed = cart.WithCoupon(coupon.Code, now.UtcDateTime);
            var response = ApiResults.Ok(CouponAppliedResponse.From(coupon, services.Totals(changed)), "Coupon applied successfully");
            return cart.CouponCode == coupon.Code ? Keep(response) : Save(changed, response);
        }, cancellationToken);
    }

    /// <summary>Answers the cart without its coupon (also when it had none).</summary>
    public static async Task<IResult> RemoveCouponAsync(ClaimsPrincipal principal, CartServices services, CancellationToken cancellationToken)
    {
        if (principal.UserId() is not { } userId)
        {
            return CartErrors.UnknownCaller();
        }

        var cart = await services.Carts.ChangeAsync<ShoppingCart>(userId, cart => cart.CouponCode is null
            ? StateEdit<ShoppingCart, ShoppingCart>.Keep(cart)
            : StateEdit<ShoppingCart, ShoppingCart>.Save(cart.WithCoupon(null, services.Carts.Now), cart.WithCoupon(null, services.Carts.Now)),
            cancellationToken);
        return ApiResults.Ok(CartResponse.From(cart, services.Totals(cart)), "Coupon removed");
    }

    /// <summary>The signed checkout snapshot of the caller's cart (seed 004), prices and stock checked again.</summary>
    public static async Task<IResult> SnapshotAsync(ClaimsPrincipal principal, CartSnapshots snapshots, CancellationToken cancellationToken)
    {
        if (principal.UserId() is not { } userId)
        {
            return CartErrors.UnknownCaller();
        }

        var taken = await snapshots.TakeAsync(userId, cancellationToken);
        if (taken.Refusal is { } refusal)
        {
            return refusal;
        }

        return ApiResults.Ok(taken.Snapshot!, taken.Snapshot!.PricingSnapshot.PriceChanges.Count > 0
            ? "Cart snapshot taken; some prices changed since the items were added"
            : "Cart snapshot taken");
    }

    private static StateEdit<ShoppingCart, IResult> Save(ShoppingCart cart, IResult result) => StateEdit<ShoppingCart, IResult>.Save(cart, result);

    private static StateEdit<ShoppingCart, IResult> Keep(IResult result) => StateEdit<ShoppingCart, IResult>.Keep(result);
}
