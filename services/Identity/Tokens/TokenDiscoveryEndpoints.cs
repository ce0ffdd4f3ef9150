using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PurchasePlatform.BuildingBlocks.Authentication;

namespace PurchasePlatform.Identity.Tokens;

/// <summary>
/// <c>GET /.well-known/openid-configuration</c> and <c>GET /.well-known/jwks.json</c>: anonymous and cacheable
/// for five minutes, the same as the key refresh interval, so a rotated key reaches caches within one more cycle.
/// </summary>
public static class TokenDiscoveryEndpoints
{
    public const string CacheControl = "public, max-age=300";

    private const string TokenEndpointPath = "/api/v1/auth/login";

    public static RouteGroupBuilder MapTokenDiscovery(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("").AllowAnonymous().ExcludeFromDescription();
        group.AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers.CacheControl = CacheControl;
            return await next(context);
        });
        group.MapGet(JwtDefaults.DiscoveryPath, Discovery);
        group.MapGet(JwtDefaults.JwksPath, Jwks);
        return group;
    }

    private static Ok<OpenIdConfigurationDocument> Discovery(IOptions<IdentityTokenOptions> options)
    {
        var settings = options.Value;
        return TypedResults.Ok(new OpenIdConfigurationDocument(
            settings.Issuer,
            settings.PublicUrl(JwtDefaults.JwksPath).AbsoluteUri,
            settings.PublicUrl(TokenEndpointPath).AbsoluteUri,
            [JwtDefaults.Algorithm],
            ["public"],
            TokenScopes.All,
            ["iss", "aud", "sub", "email", "role", PlatformScopes.ClaimType, "jti", "iat", "nbf", "exp"]));
    }

    private static Ok<JsonWebKeySetDocument> Jwks(ISigningKeySource keys) =>
        TypedResults.Ok(new JsonWebKeySetDocument(keys.Keys.Published.Select(PublishedJsonWebKey.From).ToList()));
}
