using System.Security.Cryptography;
using System.Text;
using Dapr;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace PurchasePlatform.BuildingBlocks.Hosting;

/// <summary>
/// With <c>APP_API_TOKEN</c> set, the Dapr sidecar presents it as <c>dapr-api-token</c> on every call to the app
/// (Dapr's app API token). A pub/sub subscription endpoint (one with Dapr topic metadata) then answers 401 to a request
/// without it, so nobody who can reach the app can deliver forged events. Without the setting the app relies on the
/// network, as before. Runs after routing (to know the endpoint) and before the CloudEvents unwrapping.
/// </summary>
public sealed class SubscriptionApiTokenMiddleware(RequestDelegate next, IConfiguration configuration, ILogger<SubscriptionApiTokenMiddleware> logger)
{
    public const string TokenSetting = "APP_API_TOKEN";
    public const string TokenHeader = "dapr-api-token";

    private readonly byte[]? expected = configuration[TokenSetting] is { Length: > 0 } token ? Encoding.UTF8.GetBytes(token) : null;

    public Task InvokeAsync(HttpContext context)
    {
        if (expected is null || context.GetEndpoint()?.Metadata.GetMetadata<ITopicMetadata>() is null || Presented(context))
        {
            return next(context);
        }

        logger.LogWarning("Refused a delivery to subscription {Path} without the sidecar's app API token", context.Request.Path.Value);
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }

    private bool Presented(HttpContext context) =>
        context.Request.Headers[TokenHeader] is { Count: 1 } values
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(values.ToString()), expected);
}
