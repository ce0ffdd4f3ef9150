using LocalDapr.Components;
using YamlDotNet.RepresentationModel;

namespace LocalDapr.Configuration;

/// <summary>
/// Reads every *.yaml / *.yml in the resources folders: Components, Subscriptions and Resiliency documents;
/// other kinds (Configuration, HTTPEndpoint, ...) are ignored as daprd ignores what it does not load from there.
/// </summary>
public static class ResourceLoader
{
    private static readonly HashSet<string> KnownComponentTypes = new(StringComparer.Ordinal)
    {
        "state.in-memory", "state.sqlite", "state.redis",
        "pubsub.in-memory", "pubsub.redis",
        "secretstores.local.file",
    };

    public static ResourceSet Load(IEnumerable<string> folders)
    {
        var components = new List<ComponentDefinition>();
        var subscriptions = new List<SubscriptionDefinition>();
        var resiliencies = new List<ResiliencyDefinition>();
        foreach (var folder in folders)
        {
            var files = Directory.EnumerateFiles(folder)
                .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                foreach (var document in YamlNodes.LoadDocuments(file))
                {
                    switch (document.Scalar("kind", file, "kind"))
                    {
                        case "Component":
                            components.Add(ParseComponent(document, file));
                            break;
                        case "Subscription":
                            subscriptions.Add(ParseSubscription(document, file));
                            break;
                        case "Resiliency":
                            resiliencies.Add(ResiliencyParser.Parse(document, file));
                            break;
                        case null or "":
                            throw new ComponentConfigurationException(file, "kind", "is required");
                    }
                }
            }
        }

        var duplicate = components.GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            var second = duplicate.ElementAt(1);
            throw new ComponentConfigurationException(second.SourceFile, "metadata.name",
                $"component name '{duplicate.Key}' is already used in {duplicate.First().SourceFile}");
        }

        return new ResourceSet(components, subscriptions, resiliencies);
    }

    private static ComponentDefinition ParseComponent(YamlMappingNode document, string file)
    {
        var metadata = document.Mapping("metadata", file, "metadata") ?? throw new ComponentConfigurationException(file, "metadata", "is required");
        var name = metadata.RequiredScalar("name", file, "metadata.name");
        var spec = document.Mapping("spec", file, "spec") ?? throw new ComponentConfigurationException(file, "spec", "is required");
        var type = spec.RequiredScalar("type", file, "spec.type");
        if (!KnownComponentTypes.Contains(type))
        {
            throw new ComponentConfigurationException(file, "spec.type",
                $"component '{name}' has type '{type}', which LocalDapr does not run (it runs: {string.Join(", ", KnownComponentTypes.Order(StringComparer.Ordinal))}); use real daprd for it");
        }

        var version = spec.RequiredScalar("version", file, "spec.version");
        if (version != "v1") throw new ComponentConfigurationException(file, "spec.version", $"version '{version}' of {type} is not known; use v1");

        var items = new List<MetadataItem>();
        var list = spec.Sequence("metadata", file, "spec.metadata");
        for (var i = 0; list is not null && i < list.Children.Count; i++)
        {
            var at = $"spec.metadata[{i}]";
            if (list.Children[i] is not YamlMappingNode item) throw new ComponentConfigurationException(file, at, "must be a mapping");
            var itemName = item.RequiredScalar("name", file, $"{at}.name");
            var secretRef = item.Mapping("secretKeyRef", file, $"{at}.secretKeyRef");
            if (secretRef is not null)
            {
                items.Add(new MetadataItem(itemName, null, new SecretKeyRef(
                    secretRef.RequiredScalar("name", file, $"{at}.secretKeyRef.name"),
                    secretRef.Scalar("key", file, $"{at}.secretKeyRef.key"))));
            }
            else
            {
                items.Add(new MetadataItem(itemName, item.Scalar("value", file, $"{at}.value") ?? "", null));
            }
        }

        var auth = document.Mapping("auth", file, "auth");
        return new ComponentDefinition(name, type, version, items, document.Strings("scopes", file, "scopes"),
            auth?.Scalar("secretStore", file, "auth.secretStore"), file);
    }

    /// <summary>daprd replaces <c>{appID}</c> in component metadata values with the app id of the sidecar loading it.</summary>
    internal static string ExpandForApp(string value, string appId) => value.Replace("{appID}", appId, StringComparison.Ordinal);

    private static SubscriptionDefinition ParseSubscription(YamlMappingNode document, string file)
    {
        var metadata = document.Mapping("metadata", file, "metadata") ?? throw new ComponentConfigurationException(file, "metadata", "is required");
        var name = metadata.RequiredScalar("name", file, "metadata.name");
        var spec = document.Mapping("spec", file, "spec") ?? throw new ComponentConfigurationException(file, "spec", "is required");
        var topic = spec.RequiredScalar("topic", file, "spec.topic");
        var pubsub = spec.RequiredScalar("pubsubname", file, "spec.pubsubname");

        string? defaultRoute = spec.Scalar("route", file, "spec.route");
        var rules = new List<RouteRule>();
        var routes = spec.Mapping("routes", file, "spec.routes");
        if (routes is not null)
        {
            defaultRoute = routes.Scalar("default", file, "spec.routes.default") ?? defaultRoute;
            var ruleNodes = routes.Sequence("rules", file, "spec.routes.rules");
            for (var i = 0; ruleNodes is not null && i < ruleNodes.Children.Count; i++)
            {
                var at = $"spec.routes.rules[{i}]";
                if (ruleNodes.Children[i] is not YamlMappingNode rule) throw new ComponentConfigurationException(file, at, "must be a mapping");
                var match = rule.RequiredScalar("match", file, $"{at}.match");
                if (!Runtime.RouteMatcher.IsSupported(match))
                    throw new ComponentConfigurationException(file, $"{at}.match", $"LocalDapr supports only 'event.<attribute> == \"value\"' joined by && or ||; got '{match}'");
                rules.Add(new RouteRule(match, rule.RequiredScalar("path", file, $"{at}.path")));
            }
        }

        if (defaultRoute is null && rules.Count == 0)
            throw new ComponentConfigurationException(file, "spec.routes", $"subscription '{name}' needs a route or routes");

        return new SubscriptionDefinition(name, pubsub, topic, new SubscriptionRoutes(defaultRoute, rules),
            spec.Scalar("deadLetterTopic", file, "spec.deadLetterTopic"), spec.StringMap("metadata", file, "spec.metadata"),
            document.Strings("scopes", file, "scopes"), file);
    }
}
