using System.Net;
using Microsoft.EntityFrameworkCore;
using PurchasePlatform.Catalog.Tests.Infrastructure;

namespace PurchasePlatform.Catalog.Tests.Api;

/// <summary>POST /api/v1/products/{id}/reviews: only buyers, one review per order, and an exact rating.</summary>
public sealed class ReviewTests(CatalogApp app) : IClassFixture<CatalogApp>
{
    private static object Review(string orderId, int rating = 5) =>
        new { rating, title = "Amazing product!", comment = "I love this product. Highly recommended!", orderId };

    private async Task<(string UserId, string OrderId)> BuyAsync(params string[] productIds)
    {
        var userId = Guid.NewGuid().ToString("D");
        var orderId = "order-" + Guid.NewGuid().ToString("N")[..10];
        Assert.Equal("SUCCESS", await app.DeliverAsync(OrderEvents.OrderPlacedRoute, OrderEvents.Placed(orderId, userId, productIds)));
        return (userId, orderId);
    }

    [Fact]
    public async Task A_buyer_reviews_the_product_of_the_order()
    {
        var (userId, orderId) = await BuyAsync("prod-050");

        using var response = await app.SendAsync(HttpMethod.Post, "/api/v1/products/prod-050/reviews", Review(orderId), TestTokens.Customer(userId));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var review = (await response.BodyAsync())["data"]!;
        Assert.StartsWith("rev-", review.Str("id"));
        Assert.Equal("prod-050", review.Str("productId"));
        Assert.Equal(userId, review.Str("userId"));
        Assert.Equal(5, review["rating"]!.GetValue<int>());
        Assert.Equal("Amazing product!", review.Str("title"));
        var product = await app.GetDataAsync("/api/v1/products/prod-050");
        Assert.Equal(1, product["reviewCount"]!.GetValue<int>());
        Assert.Equal(5m, product["rating"]!.GetValue<decimal>());
        var shown = product["reviews"]!.AsArray().Single()!;
        Assert.Equal("jane.doe", shown.Str("userName"));
        Assert.Equal("I love this product. Highly recommended!", shown.Str("comment"));
    }

    [Fact]
    public async Task Without_a_purchase_the_review_is_refused_with_403()
    {
        var (_, orderId) = await BuyAsync("prod-051");

        using var otherUser = await app.SendAsync(HttpMethod.Post, "/api/v1/products/prod-051/reviews", Review(orderId),
            TestTokens.Customer(Guid.NewGuid().ToString("D")));
        using var unknownOrder = await app.SendAsync(HttpMethod.Post, "/api/v1/products/prod-051/reviews", Review("order-unknown"),
            TestTokens.Customer(Guid.NewGuid().ToString("D")));

        Assert.Equal(HttpStatusCode.Forbidden, otherUser.StatusCode);
        Assert.Equal("FORBIDDEN", (await otherUser.BodyAsync())["errors"]![0]!.Str("code"));
        Assert.Equal(HttpStatusCode.Forbidden, unknownOrder.StatusCode);
    }

    [Fact]
    public async Task An_order_of_another_product_does_not_entitle_a_review()
    {
        var (userId, orderId) = await BuyAsync("prod-052");

        using var response = await app.SendAsync(HttpMethod.Post, "/api/v1/products/prod-053/reviews", Review(orderId), TestTokens.Customer(userId));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_second_review_for_the_same_order_is_refused_with_409_and_changes_no_rating()
    {
        var (userId, orderId) = await BuyAsync("prod-054");
        using var first = await app.SendAsync(HttpMethod.Post, "/api/v1/products/prod-054/reviews", Review(orderId, 2), TestTokens.Customer(userId));

        using var second = await app.SendAsync(HttpMethod.Post, "/api/v1/products/prod-054/reviews", Review(orderId, 5), TestTokens.Customer(userId));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var error = (await second.BodyAsync())["errors"]![0]!;
        Assert.Equal("ALREADY_EXISTS", error.Str("code"));
        Assert.Equal("orderId", error.Str("field"));
        var product = await app.GetDataAsync("/api/v1/products/prod-054");
        Assert.Equal(1, product["reviewCount"]!.GetValue<int>());
        Assert.Equal(2m, product["rating"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task The_rating_is_the_exact_average_of_every_review()
    {
        var ratings = new[] { 5, 4, 4, 1, 3, 4, 5 };
        foreach (var rating in ratings)
        {
            var (userId, orderId) = await BuyAsync("prod-055");
            using var response = await app.SendAsync(HttpMethod.Post, "/api/v1/products/prod-055/reviews", Review(orderId, rating), TestTokens.Customer(userId));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        var product = await app.GetDataAsync("/api/v1/products/prod-055");
        Assert.Equal(ratings.Length, product["reviewCount"]!.GetValue<int>());
        Assert.Equal(Math.Round(26m / 7m, 2), product["rating"]!.GetValue<decimal>());
        Assert.Equal(3.71m, product["rating"]!.GetValue<decimal>());
        var stored = await app.InDatabaseAsync(db => db.Products.Where(p => p.Id == "prod-055").Select(p => new { p.RatingSum, p.ReviewCount }).SingleAsync());
        Assert.Equal(26, stored.RatingSum);
        Assert.Equal(ratings.Length, await app.InDatabaseAsync(db => db.Reviews.CountAsync(r => r.ProductId == "prod-055")));
    }

    [Fact]
    public async Task Concurrent_reviews_of_one_product_all_count()
    {
        var buyers = new List<(string UserId, string OrderId)>();
        for (var i = 0; i < 6; i++)
        {
            buyers.Add(await BuyAsync("prod-056"));
        }

        var responses = await Task.WhenAll(buyers.Select((buyer, i) =>
            app.SendAsync(HttpMethod.Post, "/api/v1/products/prod-056/reviews", Review(buyer.OrderId, (i % 5) + 1), TestTokens.Customer(buyer.UserId))));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Created, response.StatusCode));
        var stored = await app.InDatabaseAsync(db => db.Products.Where(p => p.Id == "prod-056").Select(p => new { p.RatingSum, p.ReviewCount }).SingleAsync());
        Assert.Equal(6, stored.ReviewCount);
        Assert.Equal(1 + 2 + 3 + 4 + 5 + 1, stored.RatingSum);
    }

    [Fact]
    public async Task A_canceled_order_does_not_entitle_a_review_even_when_the_cancel_came_first()
    {
        var (userId, orderId) = await BuyAsync("prod-057");
        Assert.Equal("SUCCESS", await app.DeliverAsync(OrderEvents.OrderCanceledRoute, OrderEvents.Canceled(orderId, userId)));
        var lateOrder = "order-" + Guid.NewGuid().ToString("N")[..10];
        Assert.Equal("SUCCESS", await app.DeliverAsync(OrderEvents.OrderCanceledRoute, OrderEvents.Canceled(lateOrder, userId)));
        Assert.Equal("SUCCESS", await app.DeliverAsync(OrderEvents.OrderPlacedRoute, OrderEvents.Placed(lateOrder, userId, "prod-057")));

        using var canceled = await app.SendAsync(HttpMethod.Post, "/api/v1/products/prod-057/reviews", Review(orderId), TestTokens.Customer(userId));
        using var canceledFirst = await app.SendAsync(HttpMethod.Post, "/api/v1/products/prod-057/reviews", Review(lateOrder), TestTokens.Customer(userId));

        Assert.Equal(HttpStatusCode.Forbidden, canceled.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, canceledFirst.StatusCode);
    }

    [Fact]
    public async Task An_order_accepted_by_inventory_entitles_a_review_too()
    {
        var userId = Guid.NewGuid().ToString("D");
        var orderId = "order-" + Guid.NewGuid().ToString("N")[..10];
        Assert.Equal("SUCCESS", await app.DeliverAsync(OrderEvents.OrderAcceptedRoute, OrderEvents.Accepted(orderId, userId, "prod-058")));

        using var response = await app.SendAsync(HttpMethod.Post, "/api/v1/products/prod-058/reviews", Review(orderId, 4), TestTokens.Customer(userId));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public async Task A_rating_outside_one_to_five_answers_400(int rating)
    {
        var (userId, orderId) = await BuyAsync("prod-059");

        using var response = await app.SendAsync(HttpMethod.Post, "/api/v1/products/prod-059/reviews", Review(orderId, rating), TestTokens.Customer(userId));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("rating", (await response.BodyAsync())["errors"]![0]!.Str("field"));
    }

    [Fact]
    public async Task A_review_without_an_order_id_answers_400()
    {
        using var response = await app.SendAsync(HttpMethod.Post, "/api/v1/products/prod-059/reviews", new { rating = 4 },
            TestTokens.Customer(Guid.NewGuid().ToString("D")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.BodyAsync())["errors"]![0]!;
        Assert.Equal("orderId", error.Str("field"));
        Assert.Equal("REQUIRED_FIELD", error.Str("code"));
    }

    [Fact]
    public async Task Reviews_need_a_token_and_an_existing_product()
    {
        var (userId, orderId) = await BuyAsync("prod-060");

        using var anonymous = await app.SendAsync(HttpMethod.Post, "/api/v1/products/prod-060/reviews", Review(orderId));
        using var unknown = await app.SendAsync(HttpMethod.Post, "/api/v1/products/prod-999/reviews", Review(orderId), TestTokens.Customer(userId));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Sorting_by_rating_puts_the_best_rated_first()
    {
        var (userId, orderId) = await BuyAsync("prod-061");
        using var response = await app.SendAsync(HttpMethod.Post, "/api/v1/products/prod-061/reviews", Review(orderId, 5), TestTokens.Customer(userId));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var data = await app.GetDataAsync("/api/v1/products?sortBy=rating&sortOrder=desc&pageSize=100");
        var ratings = data.Items().Select(p => p["rating"]!.GetValue<decimal>()).ToList();

        Assert.Equal(5m, ratings[0]);
        Assert.Equal(ratings.OrderDescending().ToList(), ratings);
    }
}
