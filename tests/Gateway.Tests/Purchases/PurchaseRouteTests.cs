using System.Net;
using System.Text.Json;
using PurchasePlatform.Gateway.Tests.Infrastructure;

namespace PurchasePlatform.Gateway.Tests.Purchases;

public sealed class PurchaseRouteTests : IAsyncLifetime
{
    private PurchaseHarness harness = null!;

    public async Task InitializeAsync() => harness = await PurchaseHarness.StartAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task A_purchase_is_sent_to_the_orchestrator_with_the_callers_token_and_answered_as_the_seed_shows()
    {
        var token = TestTokens.Customer();

        var response = await harness.PurchaseAsync(token, new { products = new[] { new { id = "p-1", quantity = 2 } } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal(["purchaseId", "status", "message"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal("pending", body.GetProperty("status").GetString());
        var sent = Assert.Single(harness.Orchestrator.Received);
        Assert.Equal(("POST", "/purchases"), (sent.Method, sent.Path));
        Assert.Equal($"Bearer {token}", sent.Headers["Authorization"]);
        var forwarded = JsonDocument.Parse(sent.Body).RootElement;
        Assert.Equal(body.GetProperty("purchaseId").GetString(), forwarded.GetProperty("purchaseId").GetString());
        Assert.Equal("p-1", forwarded.GetProperty("products")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task The_same_idempotency_key_gives_the_same_purchase_for_the_same_customer_only()
    {
        var customer = TestTokens.NewSubject();
        var body = new { products = new[] { new { id = "p-1", quantity = 1 } } };

        var first = await (await harness.PurchaseAsync(TestTokens.Customer(customer), body, "key-1")).JsonAsync();
        var again = await (await harness.PurchaseAsync(TestTokens.Customer(customer), body, "key-1")).JsonAsync();
        var otherKey = await (await harness.PurchaseAsync(TestTokens.Customer(customer), body, "key-2")).JsonAsync();
        var otherCustomer = await (await harness.PurchaseAsync(TestTokens.Customer(), body, "key-1")).JsonAsync();

        var id = first.GetProperty("purchaseId").GetString();
        Assert.Equal(id, again.GetProperty("purchaseId").GetString());
        Assert.NotEqual(id, otherKey.GetProperty("purchaseId").GetString());
        Assert.NotEqual(id, otherCustomer.GetProperty("purchaseId").GetString());
    }

    [Fact]
    public async Task Without_a_valid_token_every_purchase_route_answers_401_and_nothing_reaches_the_orchestrator()
    {
        var id = Guid.NewGuid();
        var answers = new[]
        {
            await harness.PurchaseAsync(null!, new { products = new[] { new { id = "p-1", quantity = 1 } } }),
            await harness.PurchaseAsync(TestTokens.Expired(), new { products = new[] { new { id = "p-1", quantity = 1 } } }),
            await harness.SendAsync(HttpMethod.Get, $"/purchases/{id}", TestTokens.SignedWithUntrustedKey()),
            await harness.SendAsync(HttpMethod.Post, $"/purchases/{id}/cancel", null),
        };

        Assert.All(answers, response => Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode));
        Assert.Empty(harness.Orchestrator.Received);
    }

    public static TheoryData<string> InvalidBodies => new()
    {
        """{"products":[]}""",
        """{}""",
        """{"products":[{"id":"p-1","quantity":0}]}""",
        """{"products":[{"id":"p-1","quantity":-3}]}""",
        """{"products":[{"id":"p-1"}]}""",
        """{"products":[{"quantity":1}]}""",
        """{"products":[{"id":"p-1","quantity":1},{"id":"p-1","quantity":2}]}""",
        """{"products":[{"id":"p 1","quantity":1}]}""",
        """{"products":[{"id":"p-1","quantity":1.5}]}""",
        """{"products":[{"id":"p-1","quantity":1}],"paymentMethodId":"card-4111"}""",
        """{"products":""",
        "[1,2]",
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task An_invalid_request_is_refused_with_400_before_the_orchestrator(string json)
    {
        var response = await harness.SendAsync(HttpMethod.Post, "/purchases", TestTokens.Customer(),
            content: new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request", (await response.JsonAsync()).GetProperty("error").GetString());
        Assert.Empty(harness.Orchestrator.Received);
    }

    [Theory]
    [InlineData(256)]
    [InlineData(0)]
    public async Task An_idempotency_key_too_long_or_with_a_control_character_is_400_before_the_orchestrator(int length)
    {
        var key = length > 0 ? new string('k', length) : "key\twith-a-tab";

        var response = await harness.PurchaseAsync(TestTokens.Customer(), new { products = new[] { new { id = "p-1", quantity = 1 } } }, key);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(harness.Orchestrator.Received);
    }

    [Fact]
    public async Task Too_many_lines_are_refused_with_400()
    {
        var products = Enumerable.Range(1, 21).Select(i => new { id = $"p-{i}", quantity = 1 }).ToArray();

        var response = await harness.PurchaseAsync(TestTokens.Customer(), new { products });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(harness.Orchestrator.Received);
    }

    [Fact]
    public async Task An_unknown_product_refused_by_the_orchestrator_is_a_400()
    {
        var response = await harness.PurchaseAsync(TestTokens.Customer(), new { products = new[] { new { id = "unknown", quantity = 1 } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("unknown product: unknown", (await response.JsonAsync()).GetProperty("message").GetString());
    }

    [Fact]
    public async Task The_status_shows_the_seeds_fields_only_and_another_customers_purchase_is_not_found()
    {
        var owner = TestTokens.Customer();
        var started = await (await harness.PurchaseAsync(owner, new { products = new[] { new { id = "p-1", quantity = 3 } } })).JsonAsync();
        var id = started.GetProperty("purchaseId").GetString();

        var mine = await harness.SendAsync(HttpMethod.Get, $"/purchases/{id}", owner);
        var theirs = await harness.SendAsync(HttpMethod.Get, $"/purchases/{id}", TestTokens.Customer());
        var unknown = await harness.SendAsync(HttpMethod.Get, $"/purchases/{Guid.NewGuid()}", owner);
        var notAnId = await harness.SendAsync(HttpMethod.Get, "/purchases/not-an-id", owner);

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        var status = await mine.JsonAsync();
        Assert.Equal(["purchaseId", "status", "products"], status.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["id", "quantity", "status"], status.GetProperty("products")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, status.GetProperty("products")[0].GetProperty("quantity").GetInt32());
        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], [theirs.StatusCode, unknown.StatusCode, notAnId.StatusCode]);
    }

    [Fact]
    public async Task A_customer_cancels_their_purchase_and_not_another_ones()
    {
        var owner = TestTokens.Customer();
        var started = await (await harness.PurchaseAsync(owner, new { products = new[] { new { id = "p-1", quantity = 1 } } })).JsonAsync();
        var id = started.GetProperty("purchaseId").GetString();

        var theirs = await harness.SendAsync(HttpMethod.Post, $"/purchases/{id}/cancel", TestTokens.Customer());
        var mine = await harness.SendAsync(HttpMethod.Post, $"/purchases/{id}/cancel", owner);

        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        var body = await mine.JsonAsync();
        Assert.Equal(["purchaseId", "status", "message"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal("cancelling", body.GetProperty("status").GetString());
    }
}
