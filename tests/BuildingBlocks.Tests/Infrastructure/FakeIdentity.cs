using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using PurchasePlatform.BuildingBlocks.Authentication;

namespace PurchasePlatform.BuildingBlocks.Tests.Infrastructure;

/// <summary>
/// Stands in for the identity app on a real port: serves the OpenID discovery document and the JWKS of the keys it
/// publishes, which a test can rotate. Its jwks_uri names a host that does not exist: validators must use only the path.
/// </summary>
public sealed class FakeIdentity : IAsyncDisposable
{
    private readonly WebApplication app;
    private volatile IReadOnlyList<RsaSecurityKey> published;

    private FakeIdentity(WebApplication app, RsaSecurityKey signingKey)
    {
        this.app = app;
        SigningKey = signingKey;
        published = [signingKey];
    }

    /// <summary>The key currently signing tokens.</summary>
    public RsaSecurityKey SigningKey { get; private set; }

    public int Port { get; private set; }

    /// <summary>Each request: path and the <c>dapr-caller-app-id</c> header the sidecar added.</summary>
    public ConcurrentQueue<(string Path, string CallerAppId)> Requests { get; } = new();

    public static async Task<FakeIdentity> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var identity = new FakeIdentity(app, NewKey());
        app.Use(async (context, next) =>
        {
            identity.Requests.Enqueue((context.Request.Path.Value ?? "", context.Request.Headers["dapr-caller-app-id"].ToString()));
            await next(context);
        });
        app.MapGet(JwtDefaults.DiscoveryPath, () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = JwtDefaults.Issuer,
            ["jwks_uri"] = "https://identity.invalid:8443" + JwtDefaults.JwksPath,
            ["id_token_signing_alg_values_supported"] = new[] { JwtDefaults.Algorithm },
        }));
        app.MapGet(JwtDefaults.JwksPath, () => Results.Json(new { keys = identity.published.Select(PublicJwk) }));
        await app.StartAsync();

        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
        identity.Port = address.Port;
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

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

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
