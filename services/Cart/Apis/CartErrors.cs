using System.Globalization;
using PurchasePlatform.BuildingBlocks.Errors;
using PurchasePlatform.BuildingBlocks.Responses;
using PurchasePlatform.Cart.Coupons;
using PurchasePlatform.Cart.Domain;

namespace PurchasePlatform.Cart.Apis;

/// <summary>The cart's error answers: seed 003's common codes, plus the cart's own in the same style.</summary>
public static class CartErrors
{
    public const string ProductUnavailable = "PRODUCT_UNAVAILABLE";
    public const string CartEmpty = "CART_EMPTY";
    public const string CartFull = "CART_FULL";
    public const string CouponNotFound = "COUPON_NOT_FOUND";
    public const string CouponExpired = "COUPON_EXPIRED";
    public const string CouponNotActive = "COUPON_NOT_ACTIVE";
    public const string CouponMinimumNotMet = "COUPON_MINIMUM_NOT_MET";
    public const string CouponExhausted = "COUPON_EXHAUSTED";
    public const string CouponUserLimitReached = "COUPON_USER_LIMIT_REACHED";
    public const string CouponAlreadyApplied = "COUPON_ALREADY_APPLIED";

    public static ErrorResult UnknownCaller() => ApiResults.Unauthorized("The access token names no user", ErrorCodes.InvalidToken);

    public static ErrorResult ProductNotFound(string productId) => ApiResults.NotFound(productId.Length <= 64 && productId.All(IsIdCharacter)
        ? $"Product with ID '{productId}' not found"
        : "Product not found");

    public static ErrorResult ItemNotFound(string itemId) => ApiResults.NotFound(itemId.Length <= 40 && itemId.All(IsIdCharacter)
        ? $"Cart item with ID '{itemId}' not found"
        : "Cart item not found");

    public static ErrorResult Unavailable(string productId, string? field = "productId") =>
        ApiResults.Error(StatusCodes.Status422UnprocessableEntity, ProductUnavailable, $"Product '{productId}' is no longer available", field);

    /// <summary>Seed 003's "Stock Error (409)".</summary>
    public static ErrorResult InsufficientStock(int available, int requested, string field = "quantity") =>
        ApiResults.Error(StatusCodes.Status409Conflict, "Insufficient stock",
        [
            new ApiError(ErrorCodes.InsufficientStock, string.Create(CultureInfo.InvariantCulture, $"Only {Math.Max(0, available)} items available, requested {requested}"), field)
            {
                Details = new Dictionary<string, object?> { ["availableStock"] = Math.Max(0, available), ["requestedQuantity"] = requested },
            },
        ]);

    public static ErrorResult QuantityTooLarge(int requested) =>
        ApiResults.Error(StatusCodes.Status400BadRequest, ErrorCodes.ValidationError,
            string.Create(CultureInfo.InvariantCulture, $"A cart holds at most {ShoppingCart.MaxQuantityPerLine} of a product; requested {requested}"),
            "quantity", "Validation failed");

    public static ErrorResult Full() => ApiResults.Error(StatusCodes.Status422UnprocessableEntity, CartFull,
        $"A cart holds at most {ShoppingCart.MaxLines} different products");

    public static ErrorResult Empty() => ApiResults.Error(StatusCodes.Status422UnprocessableEntity, CartEmpty, "The cart is empty");

    public static ErrorResult CouponUnknown() => ApiResults.Error(StatusCodes.Status404NotFound, CouponNotFound, "Coupon not found", "couponCode");

    public static ErrorResult AnotherCoupon(string applied) => ApiResults.Error(StatusCodes.Status409Conflict, CouponAlreadyApplied,
        $"Coupon '{applied}' is already applied; coupons cannot be combined (remove it first)", "couponCode");

    public static ErrorResult Coupon(CouponCheck check, Coupon coupon, long subtotalCents) => check switch
    {
        CouponCheck.Expired => ApiResults.Error(StatusCodes.Status422UnprocessableEntity, CouponExpired,
            $"Coupon '{coupon.Code}' expired at {coupon.ExpiresAt:yyyy-MM-ddTHH:mm:ssZ}", "couponCode"),
        CouponCheck.NotYetActive => ApiResults.Error(StatusCodes.Status422UnprocessableEntity, CouponNotActive,
            $"Coupon '{coupon.Code}' is valid from {coupon.StartsAt:yyyy-MM-ddTHH:mm:ssZ}", "couponCode"),
        CouponCheck.BelowMinimum => ApiResults.Error(StatusCodes.Status422UnprocessableEntity, "Coupon not applicable",
        [
            new ApiError(CouponMinimumNotMet, string.Create(CultureInfo.InvariantCulture,
                $"Coupon '{coupon.Code}' needs a subtotal of at least {Money.ToDecimal(coupon.MinimumSubtotalCents):0.00}"), "couponCode")
            {
                Details = new Dictionary<string, object?>
                {
                    ["minimumSubtotal"] = Money.ToDecimal(coupon.MinimumSubtotalCents),
                    ["subtotal"] = Money.ToDecimal(subtotalCents),
                },
            },
        ]),
        CouponCheck.Exhausted => ApiResults.Error(StatusCodes.Status409Conflict, CouponExhausted,
            $"Coupon '{coupon.Code}' has been used the maximum number of times", "couponCode"),
        CouponCheck.UserLimitReached => ApiResults.Error(StatusCodes.Status409Conflict, CouponUserLimitReached,
            $"You have already used coupon '{coupon.Code}' the maximum number of times", "couponCode"),
        _ => CouponUnknown(),
    };

    public static ErrorResult ChangedConcurrently() => ApiResults.Conflict("The cart was changed by other requests at the same time; try again");

    public static ErrorResult CatalogUnavailable() => ApiResults.Error(StatusCodes.Status503ServiceUnavailable, ErrorCodes.ServiceUnavailable,
        "The product catalog is unavailable; try again shortly");

    public static ErrorResult CannotSign() => ApiResults.Error(StatusCodes.Status503ServiceUnavailable, ErrorCodes.ServiceUnavailable,
        "Cart snapshots cannot be signed right now; try again shortly");

    private static bool IsIdCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
}
