namespace PurchasePlatform.Gateway.Routing;

/// <summary>
/// Sends the gateway's <c>DAPR_API_TOKEN</c> as the only <c>dapr-api-token</c> of a call Dapr's InvocationHandler has
/// rewritten. That handler adds the process environment's token by itself; a second copy (say from
/// DefaultRequestHeaders) would make the header "t, t", which the sidecar refuses.
/// </summary>
internal sealed class DaprApiTokenHandler(IConfiguration configuration) : DelegatingHandler
{
    private readonly string? apiToken = configuration["DAPR_API_TOKEN"];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove(DaprHeaders.ApiToken);
        if (!string.IsNullOrEmpty(apiToken))
        {
            request.Headers.TryAddWithoutValidation(DaprHeaders.ApiToken, apiToken);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
