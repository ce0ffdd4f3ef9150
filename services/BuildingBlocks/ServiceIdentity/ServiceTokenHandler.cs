using System.Net;
using System.Net.Http.Headers;

namespace PurchasePlatform.BuildingBlocks.ServiceIdentity;

/// <summary>
/// Sends the service's own token (<see cref="IServiceTokenProvider"/>) on every request that has no Authorization
/// header yet. A 401 drops the cached token so that the next request gets a new one.
/// </summary>
public sealed class ServiceTokenHandler(IServiceTokenProvider tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.Authorization is not null)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        var token = await tokens.GetTokenAsync(cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            tokens.Invalidate(token);
        }

        return response;
    }
}
