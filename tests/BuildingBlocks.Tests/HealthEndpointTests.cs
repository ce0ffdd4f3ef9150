using System.Net;
using PurchasePlatform.BuildingBlocks.Tests.Infrastructure;

namespace PurchasePlatform.BuildingBlocks.Tests;

public sealed class HealthEndpointTests
{
    [Theory]
    [InlineData("/healthz")]
    [InlineData("/health")]
    public async Task Liveness_is_ok_even_without_a_sidecar(string path)
    {
        await using var app = await TestApp.StartAsync();

        using var response = await app.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", (await response.JsonAsync()).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("/readyz")]
    [InlineData("/ready")]
    public async Task Readiness_is_503_when_no_sidecar_listens_at_DAPR_HTTP_PORT(string path)
    {
        await using var app = await TestApp.StartAsync();

        using var response = await app.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("unhealthy", body.GetProperty("checks").GetProperty("dapr-sidecar").GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("/readyz")]
    [InlineData("/ready")]
    public async Task Readiness_is_200_when_the_sidecar_at_DAPR_HTTP_PORT_answers_its_healthz(string path)
    {
        await using var sidecar = await FakeDaprSidecar.StartAsync();
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["DAPR_HTTP_PORT"] = sidecar.Port.ToString() });

        using var response = await app.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", (await response.JsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Readiness_is_503_when_the_sidecar_answers_an_error()
    {
        await using var sidecar = await FakeDaprSidecar.StartAsync(healthStatusCode: 500);
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["DAPR_HTTP_PORT"] = sidecar.Port.ToString() });

        using var response = await app.Client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task DAPR_HTTP_ENDPOINT_takes_precedence_over_DAPR_HTTP_PORT()
    {
        await using var sidecar = await FakeDaprSidecar.StartAsync();
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["DAPR_HTTP_ENDPOINT"] = sidecar.Address.ToString() });

        using var response = await app.Client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Root_names_the_service_and_reports_ok_when_healthy()
    {
        await using var sidecar = await FakeDaprSidecar.StartAsync();
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["DAPR_HTTP_PORT"] = sidecar.Port.ToString() });

        using var response = await app.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"service":"testsvc","status":"ok"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Root_reports_unhealthy_while_the_sidecar_is_missing()
    {
        await using var app = await TestApp.StartAsync();

        using var response = await app.Client.GetAsync("/");

        Assert.Equal("""{"service":"testsvc","status":"unhealthy"}""", await response.Content.ReadAsStringAsync());
    }
}
