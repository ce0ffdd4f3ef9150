using System.Net;
using LocalDapr;
using Microsoft.AspNetCore.Builder;
using PurchasePlatform.BuildingBlocks.Tests.Infrastructure;

namespace PurchasePlatform.BuildingBlocks.Tests;

public sealed class DaprAppPortTests
{
    [Fact]
    public async Task Listens_on_APP_PORT_when_no_urls_are_configured()
    {
        var appPort = LoopbackPorts.Free();
        var app = TestApp.CreateBuilder(new Dictionary<string, string?> { ["APP_PORT"] = appPort.ToString() })
            .BuildWithServiceDefaults(TestApp.ServiceName);
        await using (app)
        {
            await app.StartAsync();
            using var client = new HttpClient();

            using var response = await client.GetAsync($"http://localhost:{appPort}/healthz");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await app.StopAsync();
        }
    }

    [Fact]
    public async Task Configured_urls_win_over_APP_PORT()
    {
        var appPort = LoopbackPorts.Free();
        var urlsPort = LoopbackPorts.Free();
        var app = TestApp.CreateBuilder(new Dictionary<string, string?>
            {
                ["APP_PORT"] = appPort.ToString(),
                ["urls"] = $"http://127.0.0.1:{urlsPort}",
            })
            .BuildWithServiceDefaults(TestApp.ServiceName);
        await using (app)
        {
            await app.StartAsync();
            using var client = new HttpClient();

            using var response = await client.GetAsync($"http://127.0.0.1:{urlsPort}/healthz");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync($"http://127.0.0.1:{appPort}/healthz"));
            await app.StopAsync();
        }
    }
}
