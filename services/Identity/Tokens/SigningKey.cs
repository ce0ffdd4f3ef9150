using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using PurchasePlatform.BuildingBlocks.Authentication;

namespace PurchasePlatform.Identity.Tokens;

/// <summary>An RSA signing key read from PEM, with its kid: the RFC 7638 JWK thumbprint (base64url) of its public part.</summary>
public sealed class SigningKey
{
    public const int MinimumKeySize = 2048;

    private readonly byte[] pemHash;

    private SigningKey(RsaSecurityKey securityKey, JsonWebKey publicJwk, byte[] pemHash)
    {
        SecurityKey = securityKey;
        PublicJwk = publicJwk;
        this.pemHash = pemHash;
    }

    public string KeyId => PublicJwk.Kid;

    /// <summary>The private key, for signing and for verifying.</summary>
    public RsaSecurityKey SecurityKey { get; }

    /// <summary>The public key as published in the JWKS: kty, use, alg, kid, n, e.</summary>
    public JsonWebKey PublicJwk { get; }

    /// <exception cref="SigningKeyException">The text is not an unencrypted RSA private key of at least 2048 bits in PEM.</exception>
    public static SigningKey FromPem(string pem, string secretName, string secretStore)
    {
        if (string.IsNullOrWhiteSpace(pem))
        {
            throw Invalid(secretName, secretStore, "is empty");
        }

        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
            var parameters = ExportPrivate(rsa, secretName, secretStore);
            if (rsa.KeySize < MinimumKeySize)
            {
                throw Invalid(secretName, secretStore, $"is a {rsa.KeySize}-bit key, shorter than the {MinimumKeySize} bits required");
            }

            var jwk = new JsonWebKey
            {
                Kty = JsonWebAlgorithmsKeyTypes.RSA,
                N = Base64UrlEncoder.Encode(parameters.Modulus),
                E = Base64UrlEncoder.Encode(parameters.Exponent),
            };
            jwk.Kid = Base64UrlEncoder.Encode(jwk.ComputeJwkThumbprint());
            jwk.Use = JsonWebKeyUseNames.Sig;
            jwk.Alg = JwtDefaults.Algorithm;

            return new SigningKey(new RsaSecurityKey(rsa) { KeyId = jwk.Kid }, jwk, Hash(pem));
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            rsa.Dispose();
            throw Invalid(secretName, secretStore, "is not an RSA private key in PEM format", ex);
        }
        catch
        {
            rsa.Dispose();
            throw;
        }
    }

    /// <summary>Whether this key was read from exactly <paramref name="pem"/> (so a reload can keep it).</summary>
    public bool IsFrom(string pem) => CryptographicOperations.FixedTimeEquals(pemHash, Hash(pem));

    private static RSAParameters ExportPrivate(RSA rsa, string secretName, string secretStore)
    {
        try
        {
            return rsa.ExportParameters(includePrivateParameters: true);
        }
        catch (CryptographicException ex)
        {
            throw Invalid(secretName, secretStore, "holds only a public key; it must be the private key", ex);
        }
    }

    private static byte[] Hash(string pem) => SHA256.HashData(Encoding.UTF8.GetBytes(pem));

    private static SigningKeyException Invalid(string secretName, string secretStore, string problem, Exception? inner = null) =>
        new($"Identity cannot sign tokens: the secret '{secretName}' in the Dapr secret store '{secretStore}' {problem}. " +
            $"It must be an unencrypted RSA private key of at least {MinimumKeySize} bits in PEM (PKCS#8), " +
            "as made by 'openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048' (tools/dev-secrets.sh does this for local runs).",
            inner);
}
