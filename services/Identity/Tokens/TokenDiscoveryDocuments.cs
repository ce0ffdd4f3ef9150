using System.Text.Json.Serialization;

namespace PurchasePlatform.Identity.Tokens;

/// <summary>The OpenID discovery document (the members validators and clients use).</summary>
internal sealed record OpenIdConfigurationDocument(
    [property: JsonPropertyName("issuer")] string Issuer,
    [property: JsonPropertyName("jwks_uri")] string JwksUri,
    [property: JsonPropertyName("token_endpoint")] string TokenEndpoint,
    [property: JsonPropertyName("id_token_signing_alg_values_supported")] IReadOnlyList<string> SigningAlgorithms,
    [property: JsonPropertyName("subject_types_supported")] IReadOnlyList<string> SubjectTypes,
    [property: JsonPropertyName("scopes_supported")] IReadOnlyList<string> Scopes,
    [property: JsonPropertyName("claims_supported")] IReadOnlyList<string> Claims);

internal sealed record JsonWebKeySetDocument([property: JsonPropertyName("keys")] IReadOnlyList<PublishedJsonWebKey> Keys);

/// <summary>A public RSA key as published: no private members can ever be serialized from it.</summary>
internal sealed record PublishedJsonWebKey(
    [property: JsonPropertyName("kty")] string KeyType,
    [property: JsonPropertyName("use")] string Use,
    [property: JsonPropertyName("alg")] string Algorithm,
    [property: JsonPropertyName("kid")] string KeyId,
    [property: JsonPropertyName("n")] string Modulus,
    [property: JsonPropertyName("e")] string Exponent)
{
    public static PublishedJsonWebKey From(SigningKey key) =>
        new(key.PublicJwk.Kty, key.PublicJwk.Use, key.PublicJwk.Alg, key.KeyId, key.PublicJwk.N, key.PublicJwk.E);
}
