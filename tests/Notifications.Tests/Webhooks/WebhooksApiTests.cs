using System.Net;
using System.Text.Json;
using PurchasePlatform.Notifications.Tests.Infrastructure;

namespace PurchasePlatform.Notifications.Tests.Webhooks;

public sealed class WebhooksApiTests : WebhooksHost
{
    private const string ReceiverUrl = "https://hooks.example.com/webhooks/ecommerce";

    public static TheoryData<string, string> Routes => new()
    {
        { "POST", "/api/v1/webhooks" },
        { "GET", "/api/v1/webhooks" },
        { "GET", "/api/v1/webhooks/webhook-00000000000000000000000000000000" },
        { "DELETE", "/api/v1/webhooks/webhook-00000000000000000000000000000000" },
        { "GET", "/api/v1/webhooks/webhook-00000000000000000000000000000000/deliveries" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Every_route_needs_a_token(string method, string path)
    {
        using var response = await SendAsync(new HttpMethod(method), path, token: null, Body(method));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Every_route_is_forbidden_to_a_customer(string method, string path)
    {
        using var response = await SendAsync(new HttpMethod(method), path, TestTokens.Customer(Guid.NewGuid()), Body(method));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var error = (await JsonAsync(response)).GetProperty("errors")[0];
        Assert.Equal("FORBIDDEN", error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Registering_answers_201_with_the_webhook_and_never_the_secret()
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/v1/webhooks", AdminToken,
            new { url = ReceiverUrl, events = new[] { "order.created", "order.paid", "order.shipped" }, secret = Secret });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Secret, text);
        var body = JsonDocument.Parse(text).RootElement;
        Assert.True(body.GetProperty("success").GetBoolean());
        var data = body.GetProperty("data");
        var id = data.GetProperty("id").GetString()!;
        Assert.Matches("^webhook-[0-9a-f]{32}$", id);
        Assert.Equal(ReceiverUrl, data.GetProperty("url").GetString());
        Assert.Equal(["order.created", "order.paid", "order.shipped"], data.GetProperty("events").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("active", data.GetProperty("status").GetString());
        Assert.Equal(Clock.GetUtcNow().UtcDateTime, data.GetProperty("createdAt").GetDateTime().ToUniversalTime());
        Assert.False(data.TryGetProperty("secret", out _));
        Assert.Equal($"/api/v1/webhooks/{id}", response.Headers.Location?.OriginalString);
    }

    public static TheoryData<string, object, string, string> InvalidRegistrations => new()
    {
        { "no url", new { events = new[] { "order.created" }, secret = Secret }, "url", "REQUIRED_FIELD" },
        { "relative url", new { url = "/webhooks", events = new[] { "order.created" }, secret = Secret }, "url", "INVALID_FORMAT" },
        { "not a url", new { url = "hooks example", events = new[] { "order.created" }, secret = Secret }, "url", "INVALID_FORMAT" },
        { "ftp url", new { url = "ftp://hooks.example.com/x", events = new[] { "order.created" }, secret = Secret }, "url", "INVALID_FORMAT" },
        { "credentials", new { url = "https://user:pass@hooks.example.com/x", events = new[] { "order.created" }, secret = Secret }, "url", "INVALID_FORMAT" },
        { "url too long", new { url = "https://hooks.example.com/" + new string('a', 2049 - 26), events = new[] { "order.created" }, secret = Secret },
            "url", "VALIDATION_ERROR" },
        { "no events", new { url = ReceiverUrl, secret = Secret }, "events", "REQUIRED_FIELD" },
        { "empty events", new { url = ReceiverUrl, events = Array.Empty<string>(), secret = Secret }, "events", "REQUIRED_FIELD" },
        { "unknown event", new { url = ReceiverUrl, events = new[] { "order.created", "order.exploded" }, secret = Secret }, "events[1]", "INVALID_FORMAT" },
        { "repeated event", new { url = ReceiverUrl, events = new[] { "order.paid", "order.paid" }, secret = Secret }, "events", "VALIDATION_ERROR" },
        { "no secret", new { url = ReceiverUrl, events = new[] { "order.created" } }, "secret", "REQUIRED_FIELD" },
        { "short secret", new { url = ReceiverUrl, events = new[] { "order.created" }, secret = new string('s', 15) }, "secret", "VALIDATION_ERROR" },
        { "long secret", new { url = ReceiverUrl, events = new[] { "order.created" }, secret = new string('s', 257) }, "secret", "VALIDATION_ERROR" },
    };

    [Theory]
    [MemberData(nameof(InvalidRegistrations))]
    public async Task An_invalid_registration_answers_400_naming_the_field(string because, object body, string field, string code)
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/v1/webhooks", AdminToken, body);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, because);
        var envelope = await JsonAsync(response);
        Assert.False(envelope.GetProperty("success").GetBoolean());
        Assert.False(string.IsNullOrEmpty(envelope.GetProperty("traceId").GetString()));
        Assert.Contains(envelope.GetProperty("errors").EnumerateArray(),
            e => e.GetProperty("field").GetString() == field && e.GetProperty("code").GetString() == code);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(256)]
    public async Task A_secret_of_16_to_256_characters_is_accepted(int length)
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/v1/webhooks", AdminToken,
            new { url = ReceiverUrl, events = new[] { "user.created" }, secret = new string('s', length) });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Every_event_of_the_seed_can_be_subscribed_to()
    {
        string[] all = ["order.created", "order.paid", "order.shipped", "order.delivered", "order.cancelled", "payment.succeeded", "payment.failed",
            "payment.refunded", "product.created", "product.updated", "product.deleted", "user.created"];

        using var response = await SendAsync(HttpMethod.Post, "/api/v1/webhooks", AdminToken, new { url = ReceiverUrl, events = all, secret = Secret });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(all, (await DataAsync(response)).GetProperty("events").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task A_webhook_is_read_back_by_its_id_without_its_secret()
    {
        var id = await RegisterAsync(ReceiverUrl, "payment.failed");

        using var response = await GetAsync($"/api/v1/webhooks/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = await DataAsync(response);
        Assert.Equal(id, data.GetProperty("id").GetString());
        Assert.Equal(["payment.failed"], data.GetProperty("events").EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain(Secret, data.GetRawText());
    }

    [Fact]
    public async Task An_unknown_webhook_answers_404_in_the_envelope()
    {
        using var response = await GetAsync("/api/v1/webhooks/webhook-00000000000000000000000000000000");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var envelope = await JsonAsync(response);
        Assert.Equal("NOT_FOUND", envelope.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(envelope.GetProperty("traceId").GetString()));
    }

    [Fact]
    public async Task The_list_is_paged_newest_first()
    {
        var first = await RegisterAsync(ReceiverUrl, "order.created");
        Clock.Advance(TimeSpan.FromSeconds(1));
        var second = await RegisterAsync(ReceiverUrl, "order.paid");
        Clock.Advance(TimeSpan.FromSeconds(1));
        var third = await RegisterAsync(ReceiverUrl, "order.shipped");

        var page1 = await DataAsync(await GetAsync("/api/v1/webhooks?pageNumber=1&pageSize=2"));
        var page2 = await DataAsync(await GetAsync("/api/v1/webhooks?pageNumber=2&pageSize=2"));

        Assert.Equal([third, second], page1.GetProperty("items").EnumerateArray().Select(w => w.GetProperty("id").GetString()));
        Assert.Equal([first], page2.GetProperty("items").EnumerateArray().Select(w => w.GetProperty("id").GetString()));
        Assert.Equal(3, page1.GetProperty("totalCount").GetInt32());
        Assert.Equal(2, page1.GetProperty("totalPages").GetInt32());
        Assert.Equal(1, page1.GetProperty("pageNumber").GetInt32());
        Assert.Equal(2, page1.GetProperty("pageSize").GetInt32());
        Assert.False(page1.GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(page1.GetProperty("hasNextPage").GetBoolean());
        Assert.True(page2.GetProperty("hasPreviousPage").GetBoolean());
        Assert.False(page2.GetProperty("hasNextPage").GetBoolean());
        Assert.DoesNotContain(Secret, page1.GetRawText());
    }

    [Theory]
    [InlineData("pageNumber=0", "pageNumber")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    public async Task Bad_paging_answers_400(string query, string field)
    {
        var id = await RegisterAsync(ReceiverUrl, "order.created");

        foreach (var path in (string[])[$"/api/v1/webhooks?{query}", $"/api/v1/webhooks/{id}/deliveries?{query}"])
        {
            using var response = await GetAsync(path);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(field, (await JsonAsync(response)).GetProperty("errors")[0].GetProperty("field").GetString());
        }
    }

    [Fact]
    public async Task Deleting_answers_204_then_the_webhook_is_gone()
    {
        var id = await RegisterAsync(ReceiverUrl, "order.created");

        using var deleted = await SendAsync(HttpMethod.Delete, $"/api/v1/webhooks/{id}", AdminToken);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync($"/api/v1/webhooks/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync($"/api/v1/webhooks/{id}/deliveries")).StatusCode);
        Assert.Equal(0, (await DataAsync(await GetAsync("/api/v1/webhooks"))).GetProperty("totalCount").GetInt32());
        using var again = await SendAsync(HttpMethod.Delete, $"/api/v1/webhooks/{id}", AdminToken);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task The_deliveries_of_a_webhook_are_listed_with_their_attempts()
    {
        var id = await RegisterAsync(ReceiverUrl, "order.created");
        Assert.Equal("SUCCESS", await DeliverAsync("orders.order_placed.v1", OrderPlaced("evt-api-1")));

        using var response = await GetAsync($"/api/v1/webhooks/{id}/deliveries");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = await DataAsync(response);
        Assert.Equal(1, data.GetProperty("totalCount").GetInt32());
        var delivery = Assert.Single(data.GetProperty("items").EnumerateArray());
        Assert.Matches("^evt_[0-9a-f]{32}$", delivery.GetProperty("eventId").GetString());
        Assert.Equal("order.created", delivery.GetProperty("type").GetString());
        Assert.Equal("pending", delivery.GetProperty("status").GetString());
        Assert.Equal(0, delivery.GetProperty("attempts").GetInt32());
        Assert.Equal(JsonValueKind.Null, delivery.GetProperty("lastStatusCode").ValueKind);
        Assert.Equal(JsonValueKind.Null, delivery.GetProperty("lastError").ValueKind);
        Assert.Equal(Clock.GetUtcNow().UtcDateTime, delivery.GetProperty("nextAttemptAt").GetDateTime().ToUniversalTime());
        Assert.DoesNotContain(Secret, data.GetRawText());
    }

    [Fact]
    public async Task Deliveries_of_an_unknown_webhook_answer_404()
    {
        using var response = await GetAsync("/api/v1/webhooks/webhook-00000000000000000000000000000000/deliveries");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static object? Body(string method) =>
        method == "POST" ? new { url = ReceiverUrl, events = new[] { "order.created" }, secret = Secret } : null;
}
