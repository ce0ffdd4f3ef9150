using System.Net;
using PurchasePlatform.Cart.Tests.Infrastructure;

namespace PurchasePlatform.Cart.Tests.Api;

/// <summary>Many requests changing one cart at once (tabs, double clicks): every change must be in the saved cart.</summary>
[Collection(CartHostCollection.Name)]
public sealed class ConcurrentUpdatesTests(CartTestHost host)
{
    [Fact]
    public async Task Parallel_adds_of_different_products_all_land()
    {
        var shopper = host.NewShopper();
        var products = Enumerable.Range(0, 25).Select(i => host.Catalog.Add($"Product {i}", 100 + i)).ToList();

        var responses = await Task.WhenAll(products.Select(product => shopper.AddAsync(product, 1)));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Created, response.StatusCode));
        var items = (await shopper.CartAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(products.Order(), items.Select(item => item.GetProperty("productId").GetString()!).Order());
        Assert.Equal(25, items.Select(item => item.GetProperty("id").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task Parallel_adds_of_the_same_product_add_up()
    {
        var shopper = host.NewShopper();
        var product = host.Catalog.Add("Popular", 1999);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => shopper.AddAsync(product, 2)));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Created, response.StatusCode));
        var cart = await shopper.CartAsync();
        Assert.Equal(40, cart.GetProperty("itemCount").GetInt32());
        Assert.Equal(1, cart.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Parallel_adds_never_pass_the_stock()
    {
        var shopper = host.NewShopper();
        var product = host.Catalog.Add("Last few", 1999, stock: 7);

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => shopper.AddAsync(product, 1)));

        Assert.Equal(7, responses.Count(response => response.StatusCode == HttpStatusCode.Created));
        Assert.Equal(5, responses.Count(response => response.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(7, (await shopper.CartAsync()).GetProperty("itemCount").GetInt32());
    }

    [Fact]
    public async Task Parallel_mixed_changes_keep_every_one()
    {
        var shopper = host.NewShopper();
        var kept = Enumerable.Range(0, 10).Select(i => host.Catalog.Add($"Kept {i}", 500)).ToList();
        var removed = Enumerable.Range(0, 10).Select(i => host.Catalog.Add($"Removed {i}", 700)).ToList();
        var removedIds = new List<string>();
        foreach (var product in removed)
        {
            removedIds.Add(await shopper.AddedAsync(product, 1));
        }

        var adds = kept.Select(product => shopper.AddAsync(product, 3));
        var removals = removedIds.Select(shopper.RemoveAsync);
        var responses = await Task.WhenAll(adds.Concat(removals).Append(shopper.ApplyCouponAsync(TestCoupons.Fixed25)));

        Assert.All(responses, response => Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString()));
        var cart = await shopper.CartAsync();
        Assert.Equal(kept.Order(), cart.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("productId").GetString()!).Order());
        Assert.Equal(30, cart.GetProperty("itemCount").GetInt32());
        Assert.Equal(TestCoupons.Fixed25, cart.GetProperty("couponCode").GetString());
    }
}
