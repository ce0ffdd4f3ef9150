using Dapr.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using PurchasePlatform.BuildingBlocks.Hosting;

namespace PurchasePlatform.BuildingBlocks.Authentication;

/// <summary>
/// The signing keys of the identity app, read from its OpenID discovery document and JWKS through Dapr service
/// invocation (app id <c>Jwt:IdentityAppId</c>, default "identity"). A token whose kid is unknown makes the
/// validator refetch at most once per <c>Jwt:RefreshInterval</c>; keys are also refetched every
/// <c>Jwt:AutomaticRefreshInterval</c>.
/// </summary>
internal static class IdentityKeyDiscovery
{
    public static readonly TimeSpan DefaultAutomaticRefreshInterval = TimeSpan.FromMinutes(10);

    // Bounds how often tokens with unknown kids (a rotation, or a forged token) can make us refetch.
    public static readonly TimeSpan DefaultRefreshInterval = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(10);

    public static ConfigurationManager<OpenIdConnectConfiguration> Create(IConfiguration configuration, IConfigurationSection jwt)
    {
        var appId = string.IsNullOrWhiteSpace(jwt["IdentityAppId"]) ? JwtDefaults.IdentityAppId : jwt["IdentityAppId"]!;
        var apiToken = configuration["DAPR_API_TOKEN"];
        var client = DaprClient.CreateInvokeHttpClient(appId, DaprEndpoints.SidecarHttpEndpoint(configuration).AbsoluteUri,
            string.IsNullOrEmpty(apiToken) ? null : apiToken);
        client.Timeout = FetchTimeout;

        return new ConfigurationManager<OpenIdConnectConfiguration>(
            $"http://{appId}{JwtDefaults.DiscoveryPath}",
            new OpenIdConnectConfigurationRetriever(),
            new DaprInvocationDocumentRetriever(client, appId))
        {
            AutomaticRefreshInterval = AutomaticRefreshInterval(jwt),
            RefreshInterval = RefreshInterval(jwt),
        };
    }

    public static TimeSpan AutomaticRefreshInterval(IConfigurationSection jwt) =>
        jwt.GetValue<TimeSpan?>("AutomaticRefreshInterval") ?? DefaultAutomaticRefreshInterval;

    public static TimeSpan RefreshInterval(IConfigurationSection jwt) =>
        jwt.GetValue<TimeSpan?>("RefreshInterval") ?? DefaultRefreshInterval;
}
