using System.Net;
using System.Net.Http.Headers;
using PurchasePlatform.BuildingBlocks.Tests.Infrastructure;

namespace PurchasePlatform.BuildingBlocks.Tests;

/// <summary>Errors outside /api/v1 are RFC 7807 ProblemDetails with a traceId.</summary>
public sealed class ProblemDetailsTests
{
    [Fact]
    public async Task Unknown_route_is_a_404_problem()
    {
        await using var app = await TestApp.StartAsync();

        using var response = await app.Client.GetAsync("/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.MediaType());
        var body = await response.JsonAsync();
        Assert.Equal(404, body.GetProperty("status").GetInt32());
        Assert.Equal(response.CorrelationIdHeader(), body.GetProperty("traceId").GetString());
    }

    [Fact]
    public async Task Unhandled_exception_is_a_500_problem_without_exception_details()
    {
        await using var app = await TestApp.StartAsync();

        using var response = await app.Client.GetAsync("/boom");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.MediaType());
        Assert.Contains("\"traceId\"", text);
        Assert.DoesNotContain(TestRoutes.ExceptionMessage, text);
        Assert.DoesNotContain("InvalidOperationException", text);
    }

    [Fact]
    public async Task Is_json_even_when_a_browser_asks_for_html()
    {
        await using var app = await TestApp.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/no-such-thing");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var response = await app.Client.SendAsync(request);

        Assert.Equal("application/problem+json", response.MediaType());
        Assert.Equal(404, (await response.JsonAsync()).GetProperty("status").GetInt32());
    }
}
