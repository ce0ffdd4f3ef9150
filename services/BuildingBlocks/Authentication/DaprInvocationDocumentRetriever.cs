using Microsoft.IdentityModel.Protocols;

namespace PurchasePlatform.BuildingBlocks.Authentication;

/// <summary>
/// Fetches discovery documents from a Dapr app: whatever URL it is asked for (the metadata address, the
/// <c>jwks_uri</c> the discovery document names), only its path and query are kept and invoked on the app
/// through the sidecar, so the host written in the documents never matters.
/// </summary>
internal sealed class DaprInvocationDocumentRetriever(HttpClient appClient, string appId) : IDocumentRetriever
{
    private const int MaxErrorBodyLength = 200;

    public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        var pathAndQuery = Uri.TryCreate(address, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : address;

        using var response = await appClient.GetAsync(new Uri(pathAndQuery, UriKind.Relative), cancel);
        var body = await response.Content.ReadAsStringAsync(cancel);
        if (!response.IsSuccessStatusCode)
        {
            throw new IOException(
                $"Fetching '{pathAndQuery}' from Dapr app '{appId}' answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, MaxErrorBodyLength)]}");
        }

        return body;
    }
}
