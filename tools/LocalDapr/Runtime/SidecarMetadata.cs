namespace LocalDapr.Runtime;

/// <summary>The body of <c>GET /v1.0/metadata</c>, in daprd's JSON field names.</summary>
public static class SidecarMetadata
{
    public const string RuntimeVersion = "localdapr";

    /// <summary>The extended metadata both APIs report: what apps set, plus <c>daprRuntimeVersion</c> as daprd adds it.</summary>
    public static Dictionary<string, string> Extended(AppSidecar sidecar) =>
        new(sidecar.ExtendedMetadata) { ["daprRuntimeVersion"] = RuntimeVersion };

    public static object Describe(AppSidecar sidecar) => new
    {
        id = sidecar.AppId,
        runtimeVersion = RuntimeVersion,
        enabledFeatures = Array.Empty<string>(),
        components = sidecar.Components.All.Select(c => new
        {
            name = c.Name,
            type = c.Type,
            version = c.Version,
            capabilities = Capabilities(c.Type),
        }),
        extended = Extended(sidecar),
        subscriptions = sidecar.Subscriptions.Select(s => new
        {
            pubsubname = s.PubSubName,
            topic = s.Topic,
            metadata = s.Metadata,
            rules = new
            {
                rules = s.Routes.Rules.Select(r => new { match = r.Match, path = r.Path })
                    .Append(new { match = "", path = s.Routes.Default ?? "" }),
            },
            deadLetterTopic = s.DeadLetterTopic ?? "",
            type = s.Declarative ? "DECLARATIVE" : "PROGRAMMATIC",
        }),
        httpEndpoints = Array.Empty<object>(),
        appConnectionProperties = new
        {
            port = sidecar.App.AppPort ?? 0,
            protocol = sidecar.App.AppProtocol,
            channelAddress = "127.0.0.1",
            health = new { healthCheckPath = sidecar.App.AppHealthCheckPath ?? "/healthz" },
        },
    };

    public static string[] Capabilities(string type) => type switch
    {
        "state.in-memory" or "state.sqlite" or "state.redis" => ["ETAG", "TRANSACTIONAL", "TTL", "ACTOR"],
        _ => [],
    };
}
