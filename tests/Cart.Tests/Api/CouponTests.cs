using System.Net;
using PurchasePlatform.Cart.Tests.Infrastructure;

namespace PurchasePlatform.Cart.Tests.Api;

[Collection(CartHostCollection.Name)]
public sealed class CouponTests(CartTestHost host)
{
    [Fact]
    public async Task SAVE20_gives_the_seed_amounts()
    {
        var shopper = await SeedCartAsync();

        using var response = await shopper.ApplyCouponAsync("save20");

        var body = await response.JsonAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Coupon applied successfully", body.GetProperty("message").GetString());
        var data = body.GetProperty("data");
        Assert.Equal("SAVE20", data.GetProperty("couponCode").GetString());
        Assert.Equal("percentage", data.GetProperty("discountType").GetString());
        Assert.Equal(20m, data.Decimal("discountValue"));
        Assert.Equal(199.99m, data.Decimal("discountAmount"));
        Assert.Equal(999.97m, data.Decimal("subtotal"));
        Assert.Equal(199.99m, data.Decimal("discount"));
        Assert.Equal(64.00m, data.Decimal("tax"));
        Assert.Equal(863.98m, data.Decimal("total"));

        var cart = await shopper.CartAsync();
        Assert.Equal("SAVE20", cart.GetProperty("couponCode").GetString());
        Assert.Equal(863.98m, cart.Decimal("total"));
    }

    [Fact]
    public async Task A_fixed_coupon_takes_its_amount_off_before_tax()
    {
        var shopper = await SeedCartAsync();

        var data = await (await shopper.ApplyCouponAsync(TestCoupons.Fixed25)).DataAsync();

        Assert.Equal("fixed", data.GetProperty("discountType").GetString());
        Assert.Equal(25.00m, data.Decimal("discountValue"));
        Assert.Equal(25.00m, data.Decimal("discount"));
        // (999.97 - 25.00) x 8% = 77.9976 -> 78.00
        Assert.Equal(78.00m, data.Decimal("tax"));
        Assert.Equal(1052.97m, data.Decimal("total"));
    }

    [Fact]
    public async Task A_fixed_coupon_never_takes_more_than_the_subtotal()
    {
        var shopper = host.NewShopper();
        await shopper.AddedAsync(host.Catalog.Add("Sticker", 999), 1);

        var data = await (await shopper.ApplyCouponAsync(TestCoupons.Fixed25)).DataAsync();

        Assert.Equal(9.99m, data.Decimal("discount"));
        Assert.Equal(0m, data.Decimal("tax"));
        Assert.Equal(0m, data.Decimal("total"));
    }

    [Fact]
    public async Task An_unknown_coupon_is_404()
    {
        var shopper = await SeedCartAsync();

        using var response = await shopper.ApplyCouponAsync("NOPE");

        await response.ErrorAsync(HttpStatusCode.NotFound, "COUPON_NOT_FOUND");
    }

    [Fact]
    public async Task An_empty_coupon_code_is_400()
    {
        using var response = await host.NewShopper().ApplyCouponAsync("");

        await response.ErrorAsync(HttpStatusCode.BadRequest, "REQUIRED_FIELD");
    }

    [Fact]
    public async Task An_expired_coupon_is_422()
    {
        var shopper = await SeedCartAsync();

        using var response = await shopper.ApplyCouponAsync(TestCoupons.Expired);

        await response.ErrorAsync(HttpStatusCode.UnprocessableEntity, "COUPON_EXPIRED");
    }

    [Fact]
    public async Task A_coupon_before_its_start_is_422()
    {
        var shopper = await SeedCartAsync();

        using var response = await shopper.ApplyCouponAsync(TestCoupons.NotYetActive);

        await response.ErrorAsync(HttpStatusCode.UnprocessableEntity, "COUPON_NOT_ACTIVE");
    }

    [Fact]
    public async Task Below_the_minimum_subtotal_is_422_with_the_amounts()
    {
        var shopper = host.NewShopper();
        await shopper.AddedAsync(host.Catalog.Add("Cheap", 9999), 1);

        using var response = await shopper.ApplyCouponAsync(TestCoupons.Minimum100);

        var error = await response.ErrorAsync(HttpStatusCode.UnprocessableEntity, "COUPON_MINIMUM_NOT_MET");
        Assert.Equal(100m, error.Decimal("minimumSubtotal"));
        Assert.Equal(99.99m, error.Decimal("subtotal"));
    }

    [Fact]
    public async Task Falling_below_the_minimum_later_drops_the_discount_but_keeps_the_code()
    {
        var shopper = host.NewShopper();
        var itemId = await shopper.AddedAsync(host.Catalog.Add("Pricey", 6000), 2);
        (await (await shopper.ApplyCouponAsync(TestCoupons.Minimum100)).DataAsync()).GetProperty("discount");

        (await shopper.UpdateAsync(itemId, 1)).Dispose();

        var cart = await shopper.CartAsync();
        Assert.Equal(TestCoupons.Minimum100, cart.GetProperty("couponCode").GetString());
        Assert.Equal(0m, cart.Decimal("discount"));
        Assert.Equal(64.80m, cart.Decimal("total"));
    }

    [Fact]
    public async Task A_second_coupon_is_refused_and_the_same_one_again_is_fine()
    {
        var shopper = await SeedCartAsync();
        (await shopper.ApplyCouponAsync("SAVE20")).Dispose();

        using var other = await shopper.ApplyCouponAsync(TestCoupons.Fixed25);
        using var same = await shopper.ApplyCouponAsync("SAVE20");

        await other.ErrorAsync(HttpStatusCode.Conflict, "COUPON_ALREADY_APPLIED");
        Assert.Equal(199.99m, (await same.DataAsync()).Decimal("discount"));
        Assert.Equal("SAVE20", (await shopper.CartAsync()).GetProperty("couponCode").GetString());
    }

    [Fact]
    public async Task Removing_the_coupon_restores_the_totals_and_allows_another()
    {
        var shopper = await SeedCartAsync();
        (await shopper.ApplyCouponAsync("SAVE20")).Dispose();

        using var response = await shopper.RemoveCouponAsync();

        var cart = await response.DataAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, cart.GetProperty("couponCode").ValueKind);
        Assert.Equal(1079.97m, cart.Decimal("total"));
        Assert.Equal(HttpStatusCode.OK, (await shopper.ApplyCouponAsync(TestCoupons.Fixed25)).StatusCode);
    }

    [Fact]
    public async Task Removing_a_coupon_from_a_cart_without_one_is_200()
    {
        using var response = await host.NewShopper().RemoveCouponAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_used_up_coupon_is_refused_as_exhausted()
    {
        var first = await SeedCartAsync();
        await first.ApplyCouponAsync(TestCoupons.OneUseOverall);
        (await (await first.SnapshotAsync()).DataAsync()).GetProperty("signature");

        var second = await SeedCartAsync();
        using var response = await second.ApplyCouponAsync(TestCoupons.OneUseOverall);

        await response.ErrorAsync(HttpStatusCode.Conflict, "COUPON_EXHAUSTED");
    }

    [Fact]
    public async Task A_coupon_counts_once_per_cart_however_many_snapshots_and_once_per_user()
    {
        var shopper = await SeedCartAsync();
        await shopper.ApplyCouponAsync(TestCoupons.OncePerUser);
        (await shopper.SnapshotAsync()).Dispose();
        using var again = await shopper.SnapshotAsync();
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        (await shopper.ClearAsync()).Dispose();
        await shopper.AddedAsync(host.Catalog.Add("More", 20000), 1);
        using var nextCart = await shopper.ApplyCouponAsync(TestCoupons.OncePerUser);

        await nextCart.ErrorAsync(HttpStatusCode.Conflict, "COUPON_USER_LIMIT_REACHED");
    }

    [Fact]
    public async Task Parallel_checkouts_never_use_a_coupon_more_than_its_limit()
    {
        var shoppers = new List<Shopper>();
        for (var i = 0; i < 8; i++)
        {
            var shopper = await SeedCartAsync();
            (await (await shopper.ApplyCouponAsync(TestCoupons.ThreeUsesOverall)).DataAsync()).GetProperty("discount");
            shoppers.Add(shopper);
        }

        var responses = await Task.WhenAll(shoppers.Select(shopper => shopper.SnapshotAsync()));

        Assert.Equal(3, responses.Count(response => response.StatusCode == HttpStatusCode.OK));
        foreach (var refused in responses.Where(response => response.StatusCode != HttpStatusCode.OK))
        {
            await refused.ErrorAsync(HttpStatusCode.Conflict, "COUPON_EXHAUSTED");
        }
    }

    /// <summary>A cart as in seed 003: 2 x 299.99 and 1 x 399.99.</summary>
    private async Task<Shopper> SeedCartAsync()
    {
        var shopper = host.NewShopper();
        await shopper.AddedAsync(host.Catalog.Add("Wireless Headphones", 29999), 2);
        await shopper.AddedAsync(host.Catalog.Add("Smart Watch", 39999), 1);
        return shopper;
    }
}
