using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace PurchasePlatform.Identity.Tests.Tokens;

/// <summary>Key material in the forms the secret store may hold, and the RFC 7638 thumbprint computed by hand.</summary>
public static class TestSigningKeys
{
    public static string NewPem(int bits = 2048)
    {
        using var rsa = RSA.Create(bits);
        return rsa.ExportPkcs8PrivateKeyPem();
    }

    public static string PublicPemOf(string privatePem)
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(privatePem);
        return rsa.ExportSubjectPublicKeyInfoPem();
    }

    public static string EcPem()
    {
        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return ec.ExportPkcs8PrivateKeyPem();
    }

    public static string EncryptedPem()
    {
        using var rsa = RSA.Create(2048);
        return rsa.ExportEncryptedPkcs8PrivateKeyPem("pass".AsSpan(),
            new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 1000));
    }

    /// <summary>RFC 7638 §3: SHA-256 of {"e","kty","n"} in lexicographic order, no whitespace, base64url.</summary>
    public static string Thumbprint(string n, string e) =>
        Base64UrlEncoder.Encode(SHA256.HashData(Encoding.UTF8.GetBytes($$"""{"e":"{{e}}","kty":"RSA","n":"{{n}}"}""")));

    public static string ThumbprintOfPem(string pem)
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        return Thumbprint(Base64UrlEncoder.Encode(parameters.Modulus), Base64UrlEncoder.Encode(parameters.Exponent));
    }
}
