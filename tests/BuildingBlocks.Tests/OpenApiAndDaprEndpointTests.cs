using System.Net;
using PurchasePlatform.BuildingBlocks.Tests.Infrastructure;

namespace PurchasePlatform.BuildingBlocks.Tests;

public sealed class OpenApiAndDaprEndpointTests
{
    [Fact]
    public async Task OpenApi_document_lists_the_services_routes()
    {
        await using var app = await TestApp.StartAsync();

        using var response = await app.Client.GetAsync("/openapi/v1.json");
        var body = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.GetProperty("paths").TryGetProperty("/api/v1/things/{id}", out _));
        Assert.False(body.GetProperty("paths").TryGetProperty("/healthz", out _));
    }

    [Fact]
    public async Task Dapr_subscribe_handler_answers_with_the_services_subscriptions()
    {
        await using var app = await TestApp.StartAsync();

        using var response = await app.Client.GetAsync("/dapr/subscribe");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("[]", await response.Content.ReadAsStringAsync());
    }
}
