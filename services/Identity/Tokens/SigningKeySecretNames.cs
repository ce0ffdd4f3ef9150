namespace PurchasePlatform.Identity.Tokens;

/// <summary>The secrets (PEM, PKCS#8 RSA private keys) holding Identity's signing keys.</summary>
public static class SigningKeySecretNames
{
    /// <summary>Signs every new token.</summary>
    public const string Current = "identity:signingKey";

    /// <summary>Optional: the key being rotated out, still published so tokens it signed stay valid until they expire.</summary>
    public const string Previous = "identity:previousSigningKey";
}
