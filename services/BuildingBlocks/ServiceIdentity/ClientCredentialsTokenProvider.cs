using System.Net.Http.Json;
using System.Text.Json;
using Dapr;
using Dapr.Client;
using Microsoft.Extensions.Options;
using PurchasePlatform.BuildingBlocks.Secrets;

namespace PurchasePlatform.BuildingBlocks.ServiceIdentity;

/// <summary>
/// Asks Identity (<c>POST /api/v1/auth/token</c>, by Dapr invocation) for a client-credentials token with the client
/// secret read from the Dapr secret store, and keeps it until <see cref="ServiceIdentityOptions.RefreshBeforeExpiry"/>
/// before it expires. Concurrent callers share one request.
/// </summary>
public sealed class ClientCredentialsTokenProvider(
    IHttpClientFactory httpClients,
    DaprClient dapr,
    IOptions<ServiceIdentityOptions> options,
    TimeProvider clock) : IServiceTokenProvider
{
    public const string TokenPath = "api/v1/auth/token";

    /// <summary>The named HttpClient that reaches Identity through the sidecar.</summary>
    public const string IdentityClientName = "service-identity";

    private readonly SemaphoreSlim refreshing = new(1, 1);
    private volatile CachedToken? cached;

    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (cached is { } token && token.IsFresh(clock.GetUtcNow()))
        {
            return token.Value;
        }

        await refreshing.WaitAsync(cancellationToken);
        try
        {
            if (cached is { } other && other.IsFresh(clock.GetUtcNow()))
            {
                return other.Value;
            }

            var fresh = await RequestAsync(cancellationToken);
            cached = fresh;
            return fresh.Value;
        }
        finally
        {
            refreshing.Release();
        }
    }

    public void Invalidate(string token)
    {
        if (cached is { } current && current.Value == token)
        {
            cached = null;
        }
    }

    private async Task<CachedToken> RequestAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var secret = await ReadSecretAsync(settings, cancellationToken);
        var requestedAt = clock.GetUtcNow();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = settings.ClientId,
            ["client_secret"] = secret,
        });

        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(settings.RequestTimeout);
            using var identity = httpClients.CreateClient(IdentityClientName);
            using var response = await identity.PostAsync(TokenPath, form, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                throw new ServiceTokenException($"Identity refused the token request of client '{settings.ClientId}' with {(int)response.StatusCode}");
            }

            var body = await response.Content.ReadFromJsonAsync<ClientCredentialsTokenResponse>(timeout.Token);
            if (body is null || string.IsNullOrEmpty(body.AccessToken) || body.ExpiresIn <= 0)
            {
                throw new ServiceTokenException("Identity's token response has no access_token or expires_in");
            }

            var refreshAt = requestedAt + TimeSpan.FromSeconds(body.ExpiresIn) - settings.RefreshBeforeExpiry;
            // A token shorter-lived than the refresh margin is still used for half its life.
            var halfLife = requestedAt + TimeSpan.FromSeconds(body.ExpiresIn / 2.0);
            return new CachedToken(body.AccessToken, refreshAt > requestedAt ? refreshAt : halfLife);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or NotSupportedException
                                       || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ServiceTokenException($"Identity could not be reached for a token of client '{settings.ClientId}'", ex);
        }
    }

    private async Task<string> ReadSecretAsync(ServiceIdentityOptions settings, CancellationToken cancellationToken)
    {
        string? secret;
        try
        {
            secret = await new SecretStoreReader(dapr, settings.SecretStore).GetOptionalAsync(settings.ClientSecretName, cancellationToken);
        }
        catch (DaprException ex)
        {
            throw new ServiceTokenException($"The secret '{settings.ClientSecretName}' could not be read from '{settings.SecretStore}'", ex);
        }

        return secret ?? throw new ServiceTokenException($"The secret store has no value for '{settings.ClientSecretName}'");
    }

    private sealed record CachedToken(string Value, DateTimeOffset RefreshAt)
    {
        public bool IsFresh(DateTimeOffset now) => now < RefreshAt;
    }
}
