using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PurchasePlatform.BuildingBlocks.Secrets;

namespace PurchasePlatform.Notifications.Webhooks;

/// <summary>
/// Keeps webhook secrets encrypted at rest (AES-256-GCM, bound to the webhook's id, so a stored value cannot be moved to
/// another webhook), with the key from the secret store. Stored as <c>v1.&lt;key id&gt;.&lt;nonce|ciphertext|tag&gt;</c>;
/// the key id says which key opens it, so after a rotation the previous key still opens older secrets. Keys are read
/// again every minute, so a rotated key is used without a restart.
/// </summary>
public sealed class WebhookSecretProtector(SecretStoreReader secrets, IOptions<WebhooksOptions> options, TimeProvider clock)
{
    private const string Version = "v1";
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private static readonly TimeSpan KeysKeptFor = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim reading = new(1, 1);
    private (Keys Keys, DateTimeOffset ReadAt)? cached;

    public async Task<string> ProtectAsync(string webhookId, string secret, CancellationToken cancellationToken)
    {
        var key = (await KeysAsync(cancellationToken)).Current;
        var plaintext = Encoding.UTF8.GetBytes(secret);
        var sealedBytes = new byte[NonceSize + plaintext.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key.Bytes, TagSize);
        aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(NonceSize, plaintext.Length), sealedBytes.AsSpan(NonceSize + plaintext.Length),
            Encoding.UTF8.GetBytes(webhookId));
        return $"{Version}.{key.Id}.{Convert.ToBase64String(sealedBytes)}";
    }

    /// <exception cref="CryptographicException">The value was altered, belongs to another webhook, or no known key opens it.</exception>
    public async Task<string> UnprotectAsync(string webhookId, string stored, CancellationToken cancellationToken)
    {
        var parts = stored.Split('.');
        if (parts.Length != 3 || parts[0] != Version)
        {
            throw new CryptographicException($"The secret of webhook {webhookId} is not in the {Version} format");
        }

        var keys = await KeysAsync(cancellationToken);
        var key = keys.WithId(parts[1]) ?? throw new CryptographicException(
            $"The secret of webhook {webhookId} was encrypted with key {parts[1]}, which is neither '{options.Value.SecretKey}' nor '{options.Value.PreviousSecretKey}'");
        var sealedBytes = Convert.FromBase64String(parts[2]);
        var plaintext = new byte[sealedBytes.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key.Bytes, TagSize);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, plaintext.Length), sealedBytes.AsSpan(NonceSize + plaintext.Length),
            plaintext, Encoding.UTF8.GetBytes(webhookId));
        return Encoding.UTF8.GetString(plaintext);
    }

    /// <summary>Reads the keys now: a missing or malformed current key is an error that says what to set.</summary>
    public async Task EnsureKeyAsync(CancellationToken cancellationToken) => await KeysAsync(cancellationToken);

    private async Task<Keys> KeysAsync(CancellationToken cancellationToken)
    {
        if (cached is { } fresh && clock.GetUtcNow() - fresh.ReadAt < KeysKeptFor)
        {
            return fresh.Keys;
        }

        await reading.WaitAsync(cancellationToken);
        try
        {
            if (cached is { } other && clock.GetUtcNow() - other.ReadAt < KeysKeptFor)
            {
                return other.Keys;
            }

            var settings = options.Value;
            var current = Key.From(await secrets.GetOptionalAsync(settings.SecretKey, cancellationToken), settings.SecretKey, secrets.StoreName)
                ?? throw new InvalidOperationException(
                    $"Webhook secrets cannot be encrypted: the secret '{settings.SecretKey}' in the Dapr secret store '{secrets.StoreName}' is missing. " +
                    "Set it to 32 random bytes in base64 (openssl rand -base64 32); tools/dev-secrets.sh does so for local runs.");
            var previous = Key.From(await secrets.GetOptionalAsync(settings.PreviousSecretKey, cancellationToken), settings.PreviousSecretKey, secrets.StoreName);
            var keys = new Keys(current, previous);
            cached = (keys, clock.GetUtcNow());
            return keys;
        }
        finally
        {
            reading.Release();
        }
    }

    private sealed record Keys(Key Current, Key? Previous)
    {
        public Key? WithId(string id) => Current.Id == id ? Current : Previous?.Id == id ? Previous : null;
    }

    private sealed record Key(string Id, byte[] Bytes)
    {
        public static Key? From(string? base64, string address, string store)
        {
            if (base64 is null)
            {
                return null;
            }

            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(base64.Trim());
            }
            catch (FormatException)
            {
                bytes = [];
            }

            if (bytes.Length != 32)
            {
                throw new InvalidOperationException(
                    $"The secret '{address}' in the Dapr secret store '{store}' must be 32 bytes in base64 (openssl rand -base64 32).");
            }

            return new Key(Convert.ToHexStringLower(SHA256.HashData(bytes))[..8], bytes);
        }
    }
}
