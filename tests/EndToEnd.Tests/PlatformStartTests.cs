using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace EndToEnd.Tests;

/// <summary>The walking skeleton: every service of dapr.yaml starts on LocalDapr and answers through service invocation.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PlatformStartTests(PlatformRun platform)
{
    public static TheoryData<string> AppIds => ["gateway", "identity", "catalog", "cart", "orders", "payments", "notifications", "inventory", "orchestrator"];

    [Theory]
    [MemberData(nameof(AppIds))]
    public async Task Every_service_is_ready_and_reachable_from_the_gateway_through_its_sidecar(string appId)
    {
        await platform.WaitUntilReadyAsync(appId);
        using var http = platform.GatewaySidecar();

        var root = await http.GetFromJsonAsync<JsonElement>($"v1.0/invoke/{appId}/method/");
        Assert.Equal(appId, root.GetProperty("service").GetString());
        Assert.Equal("ok", root.GetProperty("status").GetString());

        using var correlated = new HttpRequestMessage(HttpMethod.Get, $"v1.0/invoke/{appId}/method/healthz");
        correlated.Headers.Add("X-Correlation-Id", "e2e-" + appId);
        var health = await http.SendAsync(correlated);
        Assert.Equal("e2e-" + appId, health.Headers.GetValues("X-Correlation-Id").Single());
    }

    [Fact]
    public async Task Each_service_logs_structured_json_prefixed_with_its_app_id()
    {
        await platform.WaitUntilReadyAsync("catalog");

        var catalogLines = platform.Output.Split('\n').Where(l => l.StartsWith("== APP - catalog == {", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(catalogLines);
        using var first = JsonDocument.Parse(catalogLines[0]["== APP - catalog == ".Length..]);
        Assert.Equal("catalog", first.RootElement.GetProperty("Service").GetString());
    }
}
