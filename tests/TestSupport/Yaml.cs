namespace PurchasePlatform.TestSupport;

/// <summary>Component YAML used across tests.</summary>
public static class Yaml
{
    public static string Component(string name, string type, params (string Name, string Value)[] metadata) => $"""
        apiVersion: dapr.io/v1alpha1
        kind: Component
        metadata:
          name: {name}
        spec:
          type: {type}
          version: v1
          metadata:
        {string.Join("\n", metadata.Select(m => $"  - name: {m.Name}\n    value: \"{m.Value}\""))}
        """;

    public static string InMemoryState(string name = "statestore") => Component(name, "state.in-memory");

    public static string InMemoryPubSub(string name = "pubsub") => Component(name, "pubsub.in-memory");

    public static string InboundRetries(string pubsub, int maxRetries) => $"""
        apiVersion: dapr.io/v1alpha1
        kind: Resiliency
        metadata:
          name: retries
        spec:
          policies:
            retries:
              fast:
                policy: constant
                duration: 20ms
                maxRetries: {maxRetries}
          targets:
            components:
              {pubsub}:
                inbound:
                  retry: fast
        """;
}
