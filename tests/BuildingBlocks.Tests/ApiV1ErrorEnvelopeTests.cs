using System.Net;
using System.Text.Json;
using PurchasePlatform.BuildingBlocks.Tests.Infrastructure;

namespace PurchasePlatform.BuildingBlocks.Tests;

/// <summary>Errors under /api/v1 use the seed-003 envelope: success=false, errors[code, message, field], message, timestamp, traceId.</summary>
public sealed class ApiV1ErrorEnvelopeTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task Unhandled_exception_is_a_500_envelope_without_exception_details(string environment)
    {
        await using var app = await TestApp.StartAsync(environment: environment);

        using var response = await app.Client.GetAsync("/api/v1/boom");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = AssertEnvelope(JsonDocument.Parse(text).RootElement, response);
        Assert.Equal("INTERNAL_ERROR", body.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.DoesNotContain(TestRoutes.ExceptionMessage, text);
        Assert.DoesNotContain("InvalidOperationException", text);
        Assert.DoesNotContain("TestRoutes", text);
    }

    [Fact]
    public async Task Unknown_route_is_a_404_envelope()
    {
        await using var app = await TestApp.StartAsync();

        using var response = await app.Client.GetAsync("/api/v1/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = AssertEnvelope(await response.JsonAsync(), response);
        Assert.Equal("NOT_FOUND", body.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal("Resource not found", body.GetProperty("message").GetString());
        Assert.Equal("/api/v1/no-such-thing", body.GetProperty("path").GetString());
    }

    [Fact]
    public async Task Wrong_method_is_a_405_envelope()
    {
        await using var app = await TestApp.StartAsync();

        using var response = await app.Client.DeleteAsync("/api/v1/things/1");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        var body = AssertEnvelope(await response.JsonAsync(), response);
        Assert.Equal("METHOD_NOT_ALLOWED", body.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task Malformed_json_is_a_400_envelope_not_a_500(string environment)
    {
        await using var app = await TestApp.StartAsync(environment: environment);

        using var response = await app.Client.PostAsync("/api/v1/things", new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertEnvelope(await response.JsonAsync(), response);
        Assert.Equal(0, app.HandlerCalls.Count);
    }

    [Fact]
    public async Task Error_details_given_by_the_endpoint_are_kept_next_to_code_and_field()
    {
        await using var app = await TestApp.StartAsync();

        using var response = await app.Client.GetAsync("/api/v1/stock");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var body = AssertEnvelope(await response.JsonAsync(), response);
        var error = body.GetProperty("errors")[0];
        Assert.Equal("INSUFFICIENT_STOCK", error.GetProperty("code").GetString());
        Assert.Equal("quantity", error.GetProperty("field").GetString());
        Assert.Equal(5, error.GetProperty("availableStock").GetInt32());
        Assert.Equal("Insufficient stock", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Success_uses_the_data_envelope()
    {
        await using var app = await TestApp.StartAsync();

        using var response = await app.Client.GetAsync("/api/v1/things/abc");
        var body = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.GetProperty("success").GetBoolean());
        Assert.Equal("abc", body.GetProperty("data").GetProperty("id").GetString());
        Assert.Equal("Thing found", body.GetProperty("message").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", body.GetProperty("timestamp").GetString());
    }

    /// <summary>Checks the members every envelope has and returns the body for further checks.</summary>
    internal static JsonElement AssertEnvelope(JsonElement body, HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.MediaType());
        Assert.False(body.GetProperty("success").GetBoolean());
        Assert.True(body.GetProperty("errors").GetArrayLength() > 0);
        foreach (var error in body.GetProperty("errors").EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(error.GetProperty("code").GetString()));
            Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
        }

        Assert.False(string.IsNullOrEmpty(body.GetProperty("message").GetString()));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", body.GetProperty("timestamp").GetString());
        Assert.Equal(response.CorrelationIdHeader(), body.GetProperty("traceId").GetString());
        return body;
    }
}
