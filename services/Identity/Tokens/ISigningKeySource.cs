namespace PurchasePlatform.Identity.Tokens;

/// <summary>Identity's signing keys, loaded at start-up and reloaded periodically or on demand.</summary>
public interface ISigningKeySource
{
    /// <summary>The keys last loaded.</summary>
    /// <exception cref="InvalidOperationException">Nothing has been loaded yet (the host has not started).</exception>
    SigningKeySet Keys { get; }

    /// <summary>Reloads the keys from the secret store; on failure the keys loaded before stay in use.</summary>
    /// <exception cref="SigningKeyException">The current key is missing, unreadable or invalid, or the previous key is invalid.</exception>
    Task<SigningKeySet> RefreshAsync(CancellationToken cancellationToken);
}
