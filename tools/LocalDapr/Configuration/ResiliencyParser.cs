using LocalDapr.Components;
using YamlDotNet.RepresentationModel;

namespace LocalDapr.Configuration;

internal static class ResiliencyParser
{
    public static ResiliencyDefinition Parse(YamlMappingNode document, string file)
    {
        var name = document.Mapping("metadata", file, "metadata")?.Scalar("name", file, "metadata.name") ?? Path.GetFileNameWithoutExtension(file);
        var spec = document.Mapping("spec", file, "spec") ?? throw new ComponentConfigurationException(file, "spec", "is required");
        var policies = spec.Mapping("policies", file, "spec.policies") ?? new YamlMappingNode();
        var targets = spec.Mapping("targets", file, "spec.targets") ?? new YamlMappingNode();

        var timeouts = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        foreach (var (key, value) in policies.StringMap("timeouts", file, "spec.policies.timeouts"))
            timeouts[key] = Duration(value, file, $"spec.policies.timeouts.{key}");

        var retries = new Dictionary<string, RetryPolicy>(StringComparer.Ordinal);
        foreach (var (key, node) in Entries(policies, "retries", file))
        {
            var at = $"spec.policies.retries.{key}";
            var kind = node.Scalar("policy", file, $"{at}.policy") ?? "constant";
            retries[key] = new RetryPolicy(
                kind switch
                {
                    "constant" => RetryKind.Constant,
                    "exponential" => RetryKind.Exponential,
                    _ => throw new ComponentConfigurationException(file, $"{at}.policy", "must be constant or exponential"),
                },
                Duration(node.Scalar("duration", file, $"{at}.duration") ?? "5s", file, $"{at}.duration"),
                Duration(node.Scalar("initialInterval", file, $"{at}.initialInterval") ?? "500ms", file, $"{at}.initialInterval"),
                Duration(node.Scalar("maxInterval", file, $"{at}.maxInterval") ?? "60s", file, $"{at}.maxInterval"),
                node.Int("maxRetries", file, $"{at}.maxRetries") ?? -1,
                ParseStatusRanges(node.Mapping("matching", file, $"{at}.matching")?.Scalar("httpStatusCodes", file, $"{at}.matching.httpStatusCodes"),
                    file, $"{at}.matching.httpStatusCodes"));
        }

        var breakers = new Dictionary<string, CircuitBreakerPolicy>(StringComparer.Ordinal);
        foreach (var (key, node) in Entries(policies, "circuitBreakers", file))
        {
            var at = $"spec.policies.circuitBreakers.{key}";
            breakers[key] = new CircuitBreakerPolicy(
                node.Int("maxRequests", file, $"{at}.maxRequests") ?? 1,
                Duration(node.Scalar("interval", file, $"{at}.interval") ?? "0s", file, $"{at}.interval"),
                Duration(node.Scalar("timeout", file, $"{at}.timeout") ?? "60s", file, $"{at}.timeout"),
                ParseTrip(node.Scalar("trip", file, $"{at}.trip") ?? "consecutiveFailures > 5", file, $"{at}.trip"));
        }

        PolicyNames Names(YamlMappingNode node, string at)
        {
            var names = new PolicyNames(node.Scalar("timeout", file, $"{at}.timeout"), node.Scalar("retry", file, $"{at}.retry"),
                node.Scalar("circuitBreaker", file, $"{at}.circuitBreaker"));
            if (names.Timeout is not null && !timeouts.ContainsKey(names.Timeout) && !Durations.TryParse(names.Timeout, out _))
                throw new ComponentConfigurationException(file, $"{at}.timeout", $"no timeout policy named '{names.Timeout}'");
            if (names.Retry is not null && !retries.ContainsKey(names.Retry))
                throw new ComponentConfigurationException(file, $"{at}.retry", $"no retry policy named '{names.Retry}'");
            if (names.CircuitBreaker is not null && !breakers.ContainsKey(names.CircuitBreaker))
                throw new ComponentConfigurationException(file, $"{at}.circuitBreaker", $"no circuit breaker policy named '{names.CircuitBreaker}'");
            return names;
        }

        var apps = Entries(targets, "apps", file).ToDictionary(e => e.Key, e => Names(e.Node, $"spec.targets.apps.{e.Key}"), StringComparer.Ordinal);
        var actors = Entries(targets, "actors", file).ToDictionary(e => e.Key, e => Names(e.Node, $"spec.targets.actors.{e.Key}"), StringComparer.Ordinal);
        var components = Entries(targets, "components", file).ToDictionary(e => e.Key, e =>
        {
            var at = $"spec.targets.components.{e.Key}";
            var inbound = e.Node.Mapping("inbound", file, $"{at}.inbound");
            var outbound = e.Node.Mapping("outbound", file, $"{at}.outbound");
            return new ComponentPolicyNames(inbound is null ? null : Names(inbound, $"{at}.inbound"), outbound is null ? null : Names(outbound, $"{at}.outbound"));
        }, StringComparer.Ordinal);

        return new ResiliencyDefinition(name, timeouts, retries, breakers, apps, actors, components,
            document.Strings("scopes", file, "scopes"), file);
    }

    public static TimeSpan ResolveTimeout(this ResiliencyDefinition definition, string? name) =>
        name is null ? TimeSpan.Zero
        : definition.Timeouts.TryGetValue(name, out var timeout) ? timeout
        : Durations.TryParse(name, out var inline) ? inline : TimeSpan.Zero;

    private static IEnumerable<(string Key, YamlMappingNode Node)> Entries(YamlMappingNode parent, string name, string file)
    {
        var mapping = parent.Mapping(name, file, name);
        if (mapping is null) yield break;
        foreach (var (key, value) in mapping.Children)
        {
            var keyText = ((YamlScalarNode)key).Value ?? "";
            yield return (keyText, value as YamlMappingNode ?? throw new ComponentConfigurationException(file, $"{name}.{keyText}", "must be a mapping"));
        }
    }

    /// <summary>"502-504,408" style lists, as Dapr's retry <c>matching</c> takes them.</summary>
    private static List<(int From, int To)> ParseStatusRanges(string? text, string file, string at)
    {
        var ranges = new List<(int, int)>();
        if (string.IsNullOrWhiteSpace(text)) return ranges;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var bounds = part.Split('-', StringSplitOptions.TrimEntries);
            if (bounds.Length is < 1 or > 2 || !bounds.All(b => int.TryParse(b, System.Globalization.CultureInfo.InvariantCulture, out _)))
                throw new ComponentConfigurationException(file, at, $"'{part}' is not a status code or a range like 502-504");
            var from = int.Parse(bounds[0], System.Globalization.CultureInfo.InvariantCulture);
            ranges.Add((from, bounds.Length == 2 ? int.Parse(bounds[1], System.Globalization.CultureInfo.InvariantCulture) : from));
        }

        return ranges;
    }

    private static TimeSpan Duration(string value, string file, string at) =>
        Durations.TryParse(value, out var parsed) ? parsed : throw new ComponentConfigurationException(file, at, $"'{value}' is not a duration");

    /// <summary>Supports the trip expressions the Dapr docs use: <c>consecutiveFailures &gt; N</c> or <c>&gt;= N</c>.</summary>
    private static int ParseTrip(string trip, string file, string at)
    {
        var parts = trip.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 3 && parts[0] == "consecutiveFailures" && int.TryParse(parts[2], System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return parts[1] switch
            {
                ">" => n + 1,
                ">=" => n,
                _ => throw new ComponentConfigurationException(file, at, "supported forms: 'consecutiveFailures > N' or '>= N'"),
            };
        }

        throw new ComponentConfigurationException(file, at, "supported forms: 'consecutiveFailures > N' or '>= N'");
    }
}
