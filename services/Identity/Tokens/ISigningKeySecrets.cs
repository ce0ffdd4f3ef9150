namespace PurchasePlatform.Identity.Tokens;

/// <summary>Reads the PEM text of a signing-key secret.</summary>
public interface ISigningKeySecrets
{
    /// <summary>The secret's value; throws when it cannot be read, a missing secret included.</summary>
    Task<string> GetAsync(string name, CancellationToken cancellationToken);
}
