namespace PurchasePlatform.Identity.Tokens;

/// <summary>The key that signs new tokens and, during a rotation, the one before it (published, never used to sign).</summary>
public sealed record SigningKeySet(SigningKey Current, SigningKey? Previous)
{
    /// <summary>The keys tokens may be verified with, as published in the JWKS: current first.</summary>
    public IReadOnlyList<SigningKey> Published { get; } =
        Previous is null || Previous.KeyId == Current.KeyId ? [Current] : [Current, Previous];
}
