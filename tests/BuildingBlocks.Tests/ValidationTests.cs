using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PurchasePlatform.BuildingBlocks.Tests.Infrastructure;

namespace PurchasePlatform.BuildingBlocks.Tests;

public sealed class ValidationTests
{
    private static readonly object InvalidThing = new { name = "", email = "not-an-email", quantity = 0 };

    [Fact]
    public async Task Invalid_input_under_api_v1_is_a_400_envelope_naming_each_field_and_skips_the_handler()
    {
        await using var app = await TestApp.StartAsync();

        using var response = await app.Client.PostAsJsonAsync("/api/v1/things", InvalidThing);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = ApiV1ErrorEnvelopeTests.AssertEnvelope(await response.JsonAsync(), response);
        var errors = body.GetProperty("errors").EnumerateArray()
            .ToDictionary(error => error.GetProperty("field").GetString()!, error => error.GetProperty("code").GetString());
        Assert.Equal("REQUIRED_FIELD", errors["name"]);
        Assert.Equal("INVALID_FORMAT", errors["email"]);
        Assert.Equal("VALIDATION_ERROR", errors["quantity"]);
        Assert.Equal("Request validation failed", body.GetProperty("message").GetString());
        Assert.Equal(0, app.HandlerCalls.Count);
    }

    [Fact]
    public async Task Valid_input_reaches_the_handler()
    {
        await using var app = await TestApp.StartAsync();

        using var response = await app.Client.PostAsJsonAsync("/api/v1/things", new { name = "lamp", email = "a@b.example", quantity = 2 });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.True(body.GetProperty("success").GetBoolean());
        Assert.Equal("lamp", body.GetProperty("data").GetProperty("name").GetString());
        Assert.Equal(1, app.HandlerCalls.Count);
    }

    [Fact]
    public async Task Invalid_input_outside_api_v1_is_a_validation_problem_with_field_errors()
    {
        await using var app = await TestApp.StartAsync();

        using var response = await app.Client.PostAsJsonAsync("/things", InvalidThing);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.MediaType());
        var body = await response.JsonAsync();
        var errors = body.GetProperty("errors");
        Assert.Equal(JsonValueKind.Array, errors.GetProperty("name").ValueKind);
        Assert.Equal(JsonValueKind.Array, errors.GetProperty("email").ValueKind);
        Assert.Equal(JsonValueKind.Array, errors.GetProperty("quantity").ValueKind);
        Assert.Equal(response.CorrelationIdHeader(), body.GetProperty("traceId").GetString());
        Assert.Equal(0, app.HandlerCalls.Count);
    }
}
