using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace PurchasePlatform.BuildingBlocks.Hosting;

internal static class DaprAppPortBinding
{
    /// <summary>Listens on the port Dapr gives (APP_PORT) unless the URLs were chosen explicitly (ASPNETCORE_URLS / urls).</summary>
    public static void ListenOnDaprAppPort(this WebApplicationBuilder builder)
    {
        if (DaprEndpoints.AppPort(builder.Configuration) is { } port
            && string.IsNullOrWhiteSpace(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, $"http://localhost:{port}");
        }
    }
}
