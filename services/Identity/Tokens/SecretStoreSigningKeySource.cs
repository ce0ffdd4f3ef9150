using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PurchasePlatform.Identity.Tokens;

/// <summary>Loads <see cref="SigningKeySecretNames.Current"/> and the optional <see cref="SigningKeySecretNames.Previous"/>.</summary>
internal sealed partial class SecretStoreSigningKeySource(
    ISigningKeySecrets secrets, IOptions<IdentityTokenOptions> options, ILogger<SecretStoreSigningKeySource> logger) : ISigningKeySource, IDisposable
{
    private readonly SemaphoreSlim refreshing = new(1, 1);
    private SigningKeySet? keys;

    public SigningKeySet Keys =>
        Volatile.Read(ref keys) ?? throw new InvalidOperationException("The signing keys have not been loaded yet; they are loaded when the host starts.");

    public async Task<SigningKeySet> RefreshAsync(CancellationToken cancellationToken)
    {
        await refreshing.WaitAsync(cancellationToken);
        try
        {
            var before = keys;
            var current = await LoadCurrentAsync(before?.Current, cancellationToken);
            var previous = await LoadPreviousAsync(before, cancellationToken);
            var loaded = new SigningKeySet(current, previous);
            if (before?.Current.KeyId != current.KeyId || before.Previous?.KeyId != previous?.KeyId)
            {
                LogKeysLoaded(current.KeyId, previous?.KeyId ?? "none");
            }

            Volatile.Write(ref keys, loaded);
            return loaded;
        }
        finally
        {
            refreshing.Release();
        }
    }

    public void Dispose() => refreshing.Dispose();

    private async Task<SigningKey> LoadCurrentAsync(SigningKey? loaded, CancellationToken cancellationToken)
    {
        string pem;
        try
        {
            pem = await secrets.GetAsync(SigningKeySecretNames.Current, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw new SigningKeyException(
                $"Identity cannot sign tokens: the secret '{SigningKeySecretNames.Current}' could not be read from the Dapr secret store " +
                $"'{options.Value.SecretStore}' ({ex.Message}). For local runs create it with tools/dev-secrets.sh; elsewhere add an RSA " +
                "private key in PEM (PKCS#8) under that name to the store.", ex);
        }

        return loaded is not null && loaded.IsFrom(pem) ? loaded : SigningKey.FromPem(pem, SigningKeySecretNames.Current, options.Value.SecretStore);
    }

    // Absent or unreadable means no rotation is under way; present but invalid is a mistake worth failing for.
    private async Task<SigningKey?> LoadPreviousAsync(SigningKeySet? before, CancellationToken cancellationToken)
    {
        string pem;
        try
        {
            pem = await secrets.GetAsync(SigningKeySecretNames.Previous, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogNoPreviousKey(ex.Message);
            return null;
        }

        if (string.IsNullOrWhiteSpace(pem))
        {
            return null;
        }

        foreach (var known in new[] { before?.Previous, before?.Current })
        {
            if (known is not null && known.IsFrom(pem))
            {
                return known;
            }
        }

        return SigningKey.FromPem(pem, SigningKeySecretNames.Previous, options.Value.SecretStore);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Signing tokens with key {KeyId}; previous key still published: {PreviousKeyId}")]
    private partial void LogKeysLoaded(string keyId, string previousKeyId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "No previous signing key: {Reason}")]
    private partial void LogNoPreviousKey(string reason);
}
