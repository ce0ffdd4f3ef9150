using System.Net;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using PurchasePlatform.Payments.Orders;

namespace PurchasePlatform.Payments.Tests.Orders;

/// <summary>Reading Orders' <c>GET /api/orders/{id}</c> answer (seed 004's order with 002's totalAmount), the HTTP faked.</summary>
public sealed class DaprOrderLookupTests
{
    [Fact]
    public async Task An_order_is_read_from_Orders_answer_with_the_callers_token()
    {
        var orders = new AnsweringHandler(HttpStatusCode.OK,
            """{"id":"o-1","orderNumber":"ORD-2026-000001","status":"pending","currency":"USD","userId":"3f1c0c36-3a52-4d4b-9c3e-000000000001","totalAmount":100.00,"totalCents":10000}""");

        var lookup = await Lookup(orders).FindAsync("o-1", "the-token", CancellationToken.None);

        Assert.Equal(OrderLookupResult.Found, lookup.Result);
        Assert.Equal(new OrderFacts("3f1c0c36-3a52-4d4b-9c3e-000000000001", "pending", 100.00m, "USD"), lookup.Order);
        Assert.Equal("http://orders.test/api/orders/o-1", orders.Request!.RequestUri!.ToString());
        Assert.Equal("Bearer the-token", orders.Request.Headers.Authorization!.ToString());
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound, OrderLookupResult.NotFound)]
    [InlineData(HttpStatusCode.Forbidden, OrderLookupResult.NotFound)]
    [InlineData(HttpStatusCode.InternalServerError, OrderLookupResult.Unavailable)]
    [InlineData(HttpStatusCode.OK, OrderLookupResult.Unavailable)]
    public async Task Anything_but_an_order_is_not_found_or_unavailable(HttpStatusCode status, OrderLookupResult expected)
    {
        var lookup = await Lookup(new AnsweringHandler(status, """{"title":"nope"}""")).FindAsync("o-1", null, CancellationToken.None);

        Assert.Equal(expected, lookup.Result);
        Assert.Null(lookup.Order);
    }

    [Fact]
    public async Task For_a_caller_that_may_see_every_order_a_refusal_is_unavailable_not_a_missing_order()
    {
        var lookup = new DaprOrderLookup(new HttpClient(new AnsweringHandler(HttpStatusCode.Forbidden, """{"title":"forbidden"}"""))
            {
                BaseAddress = new Uri("http://orders.test/"),
            }, NullLogger<DaprOrderLookup>.Instance) { ForbiddenIsUnavailable = true };

        var found = await lookup.FindAsync("o-1", null, CancellationToken.None);

        Assert.Equal(OrderLookupResult.Unavailable, found.Result);
    }

    [Fact]
    public async Task Orders_unreachable_is_unavailable()
    {
        var lookup = await Lookup(new AnsweringHandler(null, "")).FindAsync("o-1", null, CancellationToken.None);

        Assert.Equal(OrderLookupResult.Unavailable, lookup.Result);
    }

    private static DaprOrderLookup Lookup(HttpMessageHandler handler) =>
        new(new HttpClient(handler) { BaseAddress = new Uri("http://orders.test/") }, NullLogger<DaprOrderLookup>.Instance);

    private sealed class AnsweringHandler(HttpStatusCode? status, string body) : HttpMessageHandler
    {
        public HttpRequestMessage? Request { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Request = request;
            return status is { } code
                ? Task.FromResult(new HttpResponseMessage(code) { Content = new StringContent(body, Encoding.UTF8, "application/json") })
                : throw new HttpRequestException("connection refused");
        }
    }
}
