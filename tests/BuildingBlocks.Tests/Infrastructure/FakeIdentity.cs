using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;
using PurchasePlatform.BuildingBlocks.Authentication;

namespace PurchasePlatform.BuildingBlocks.Tests.Infrastructure;

/// <summary>
/// Stands in for the identity app on a real port: serves the OpenID discovery document and the JWKS of the keys it
/// publishes, which a test can rotate. Its jwks_uri names a host that does not exist: validators must use only the path.
/// </summary>
public sealed class FakeIdentity : IAsyncDisposable
{
    private PurchasePlatform.TestSupport.TestApp app = null!;
    private volatile IReadOnlyList<RsaSecurityKey> published;

    private FakeIdentity(RsaSecurityKey signingKey)
    {
        SigningKey = signingKey;
        published = [signingKey];
    }

    /// <summary>The key currently signing tokens.</summary>
    public RsaSecurityKey SigningKey { get; private set; }

    public int Port => app.Port;

    /// <summary>Each request: path and the <c>dapr-caller-app-id</c> header the sidecar added.</summary>
    public ConcurrentQueue<(string Path, string CallerAppId)> Requests { get; } = new();

    public static async Task<FakeIdentity> StartAsync()
    {
        var identity = new FakeIdentity(NewKey());
        identity.app = await PurchasePlatform.TestSupport.TestApp.StartAsync(web =>
        {
            web.Use(async (context, next) =>
            {
                identity.Requests.Enqueue((context.Request.Path.Value ?? "", context.Request.Headers["dapr-caller-app-id"].ToString()));
                await next(context);
            });
            web.MapGet(JwtDefaults.DiscoveryPath, () => Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = JwtDefaults.Issuer,
                ["jwks_uri"] = "https://identity.invalid:8443" + JwtDefaults.JwksPath,
                ["id_token_signing_alg_values_supported"] = new[] { JwtDefaults.Algorithm },
            }));
            web.MapGet(JwtDefaults.JwksPath, () => Results.Json(new { keys = identity.published.Select(PublicJwk) }));
        });
        return identity;
    }

    public static RsaSecurityKey NewKey()
    {
        var key = new RsaSecurityKey(RSA.Create(2048));
        key.KeyId = Base64UrlEncoder.Encode(JsonWebKeyConverter.ConvertFromRSASecurityKey(key).ComputeJwkThumbprint());
        return key;
    }

    /// <summary>Signs with <paramref name="next"/> from now on; the old key stays published when <paramref name="keepPrevious"/>.</summary>
    public void RotateTo(RsaSecurityKey next, bool keepPrevious)
    {
        published = keepPrevious ? [next, SigningKey] : [next];
        SigningKey = next;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private static Dictionary<string, string> PublicJwk(RsaSecurityKey key)
    {
        var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
        return new Dictionary<string, string>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["alg"] = JwtDefaults.Algorithm,
            ["kid"] = key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
    }
}
