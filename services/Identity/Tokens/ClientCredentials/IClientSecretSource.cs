namespace PurchasePlatform.Identity.Tokens.ClientCredentials;

/// <summary>Where a client's secret is kept.</summary>
public interface IClientSecretSource
{
    /// <returns>The secret, or null when none is stored for the client.</returns>
    Task<string?> FindAsync(string clientId, CancellationToken cancellationToken);
}
