using PurchasePlatform.Identity.Tokens;

namespace PurchasePlatform.Identity.Tests.Tokens;

public sealed class SigningKeyTests
{
    [Fact]
    public void The_hand_computed_thumbprint_matches_the_RFC_7638_example()
    {
        // RFC 7638 §3.1
        const string n = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw";

        Assert.Equal("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs", TestSigningKeys.Thumbprint(n, "AQAB"));
    }

    [Fact]
    public void Kid_is_the_RFC_7638_thumbprint_of_the_public_key()
    {
        var pem = TestSigningKeys.NewPem();

        var key = SigningKey.FromPem(pem, SigningKeySecretNames.Current, "secretstore");

        Assert.Equal(TestSigningKeys.ThumbprintOfPem(pem), key.KeyId);
        Assert.Equal(key.KeyId, key.SecurityKey.KeyId);
        Assert.Equal(key.KeyId, key.PublicJwk.Kid);
    }

    [Fact]
    public void A_PKCS1_RSA_key_is_read_too()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);

        var key = SigningKey.FromPem(rsa.ExportRSAPrivateKeyPem(), SigningKeySecretNames.Current, "secretstore");

        Assert.Equal(2048, key.SecurityKey.KeySize);
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("not PEM")]
    [InlineData("an EC key")]
    [InlineData("only the public key")]
    [InlineData("a 1024-bit key")]
    [InlineData("an encrypted key")]
    public void Anything_but_an_unencrypted_RSA_private_key_of_2048_bits_is_refused_with_the_secret_named(string kind)
    {
        var value = kind switch
        {
            "empty" => "",
            "not PEM" => "hunter2-not-a-key",
            "an EC key" => TestSigningKeys.EcPem(),
            "only the public key" => TestSigningKeys.PublicPemOf(TestSigningKeys.NewPem()),
            "a 1024-bit key" => TestSigningKeys.NewPem(1024),
            "an encrypted key" => TestSigningKeys.EncryptedPem(),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };

        var error = Assert.Throws<SigningKeyException>(() => SigningKey.FromPem(value, SigningKeySecretNames.Current, "secretstore"));

        Assert.Contains("'identity:signingKey'", error.Message);
        Assert.Contains("'secretstore'", error.Message);
        Assert.Contains("PEM", error.Message);
        if (value.Length > 0)
        {
            Assert.DoesNotContain(value, error.Message);
        }
    }
}
