using System.Net;
using PurchasePlatform.BuildingBlocks.Tests.Infrastructure;

namespace PurchasePlatform.BuildingBlocks.Tests;

public sealed class MetricsTests
{
    [Fact]
    public async Task Counts_and_times_requests_by_route_template_not_raw_path()
    {
        await using var app = await TestApp.StartAsync();
        using var call = await app.Client.GetAsync("/api/v1/things/metric-probe-9731");

        using var response = await app.Client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("""http_requests_total{method="GET",route="/api/v1/things/{id}",status="200"}""", text);
        Assert.Contains("""http_request_duration_seconds_count{method="GET",route="/api/v1/things/{id}",status="200"}""", text);
        Assert.DoesNotContain("metric-probe-9731", text);
    }

    [Fact]
    public async Task Labels_failures_with_their_status_and_unknown_paths_as_unmatched()
    {
        await using var app = await TestApp.StartAsync();
        using var failed = await app.Client.GetAsync("/api/v1/boom");
        using var unknown = await app.Client.GetAsync("/no-such-route-5521");

        var text = await app.Client.GetStringAsync("/metrics");

        Assert.Contains("""http_requests_total{method="GET",route="/api/v1/boom",status="500"}""", text);
        Assert.Contains("""http_requests_total{method="GET",route="unmatched",status="404"}""", text);
        Assert.DoesNotContain("no-such-route-5521", text);
    }
}
