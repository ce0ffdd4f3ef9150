namespace PurchasePlatform.BuildingBlocks.ServiceIdentity;

/// <summary>The service's own access token (client-credentials grant), cached until shortly before it expires.</summary>
public interface IServiceTokenProvider
{
    /// <exception cref="ServiceTokenException">Identity or the secret store could not give a token.</exception>
    ValueTask<string> GetTokenAsync(CancellationToken cancellationToken);

    /// <summary>Forgets the cached token (e.g. after a 401), so that the next call asks Identity again.</summary>
    void Invalidate(string token);
}
