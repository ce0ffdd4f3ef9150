using System.Collections.Concurrent;
using PurchasePlatform.Identity.Tokens;

namespace PurchasePlatform.Identity.Tests.Tokens;

/// <summary>A secret store whose values a test sets and changes; a missing name fails the way Dapr does.</summary>
public sealed class InMemorySigningKeySecrets : ISigningKeySecrets
{
    private readonly ConcurrentDictionary<string, string> values = new();

    public InMemorySigningKeySecrets(string? signingKey = null, string? previousSigningKey = null)
    {
        Set(SigningKeySecretNames.Current, signingKey);
        Set(SigningKeySecretNames.Previous, previousSigningKey);
    }

    public void Set(string name, string? value)
    {
        if (value is null)
        {
            values.TryRemove(name, out _);
        }
        else
        {
            values[name] = value;
        }
    }

    public Task<string> GetAsync(string name, CancellationToken cancellationToken) =>
        values.TryGetValue(name, out var value)
            ? Task.FromResult(value)
            : Task.FromException<string>(new InvalidOperationException($"failed getting secret with key {name}: secret {name} not found"));
}
