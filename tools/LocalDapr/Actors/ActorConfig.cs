using System.Text.Json;
using LocalDapr.Components;

namespace LocalDapr.Actors;

/// <summary>What an app declares in <c>GET /dapr/config</c>: the actor types it hosts and how daprd should run them.</summary>
public sealed record ActorConfig(
    IReadOnlyList<string> Entities,
    TimeSpan IdleTimeout,
    TimeSpan ScanInterval,
    TimeSpan DrainOngoingCallTimeout,
    bool ReentrancyEnabled,
    int MaxStackDepth)
{
    public static readonly TimeSpan DefaultIdleTimeout = TimeSpan.FromMinutes(60);
    public static readonly TimeSpan DefaultScanInterval = TimeSpan.FromSeconds(30);
    public const int DefaultMaxStackDepth = 32;

    public static ActorConfig Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var entities = root.TryGetProperty("entities", out var e) && e.ValueKind == JsonValueKind.Array
            ? e.EnumerateArray().Select(x => x.GetString()).OfType<string>().Where(x => x.Length > 0).ToList()
            : [];
        var reentrancy = root.TryGetProperty("reentrancy", out var r) && r.ValueKind == JsonValueKind.Object ? r : default;
        var enabled = reentrancy.ValueKind == JsonValueKind.Object && reentrancy.TryGetProperty("enabled", out var en) && en.ValueKind == JsonValueKind.True;
        var depth = reentrancy.ValueKind == JsonValueKind.Object && reentrancy.TryGetProperty("maxStackDepth", out var d) && d.TryGetInt32(out var n) && n > 0
            ? n
            : DefaultMaxStackDepth;
        return new ActorConfig(entities,
            Duration(root, "actorIdleTimeout", DefaultIdleTimeout),
            Duration(root, "actorScanInterval", DefaultScanInterval),
            Duration(root, "drainOngoingCallTimeout", TimeSpan.FromMinutes(1)),
            enabled, depth);
    }

    private static TimeSpan Duration(JsonElement root, string name, TimeSpan fallback) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
        && Durations.TryParse(value.GetString(), out var parsed) && parsed > TimeSpan.Zero
            ? parsed
            : fallback;
}
