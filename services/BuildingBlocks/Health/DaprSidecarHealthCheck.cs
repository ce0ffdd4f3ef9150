using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PurchasePlatform.BuildingBlocks.Hosting;

namespace PurchasePlatform.BuildingBlocks.Health;

/// <summary>Ready only while the Dapr sidecar answers <c>GET /v1.0/healthz</c> with a 2xx.</summary>
internal sealed class DaprSidecarHealthCheck(IHttpClientFactory httpClientFactory, IConfiguration configuration) : IHealthCheck
{
    public const string Name = "dapr-sidecar";
    public const string HttpClientName = "dapr-sidecar-health";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var url = new Uri(DaprEndpoints.SidecarHttpEndpoint(configuration), "v1.0/healthz");
        try
        {
            using var response = await httpClientFactory.CreateClient(HttpClientName).GetAsync(url, cancellationToken);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy($"Dapr sidecar answered {(int)response.StatusCode}")
                : HealthCheckResult.Unhealthy($"Dapr sidecar answered {(int)response.StatusCode}");
        }
        catch (HttpRequestException e)
        {
            return HealthCheckResult.Unhealthy($"Dapr sidecar at {url} is not reachable: {e.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"Dapr sidecar at {url} did not answer in time");
        }
    }
}
