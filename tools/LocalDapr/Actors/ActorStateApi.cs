using System.Globalization;
using System.Text;
using System.Text.Json;
using LocalDapr.State;

namespace LocalDapr.Actors;

/// <summary>Actor state: read one key, or apply a batch of upserts and deletes as one transaction in the host app's actor state store.</summary>
public sealed class ActorStateApi(ActorRuntime runtime)
{
    /// <returns>The stored JSON, or null when the key has no value.</returns>
    public async Task<byte[]?> GetAsync(ActorKey actor, string key, CancellationToken cancellationToken)
    {
        var host = runtime.HostOf(actor).App;
        var store = host.ActorStore();
        try
        {
            return (await store.GetAsync(ActorStateStores.StateKey(host, actor, key), cancellationToken))?.Value;
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not Runtime.DaprApiException)
        {
            throw ActorErrors.StateGet(ex.Message);
        }
    }

    /// <param name="body">daprd's transaction body: <c>[{"operation":"upsert"|"delete","request":{"key","value","metadata"}}]</c>.</param>
    public async Task SaveAsync(ActorKey actor, byte[] body, CancellationToken cancellationToken)
    {
        var host = runtime.HostOf(actor).App;
        var store = host.ActorStore();
        var operations = Parse(body).Select(op => op.Operation switch
        {
            "upsert" => StateOperation.Of(new StateWrite(ActorStateStores.StateKey(host, actor, op.Key), op.Value, null, ConcurrencyMode.LastWrite, op.Ttl)),
            "delete" => StateOperation.Of(new StateDelete(ActorStateStores.StateKey(host, actor, op.Key), null, ConcurrencyMode.LastWrite)),
            _ => throw Runtime.DaprErrors.Malformed($"unknown actor state operation '{op.Operation}'"),
        }).ToList();
        if (operations.Count == 0) return;
        try
        {
            await store.ExecuteTransactionAsync(operations, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not Runtime.DaprApiException)
        {
            throw ActorErrors.StateTransaction(ex.Message);
        }
    }

    private sealed record ActorStateOperation(string Operation, string Key, byte[] Value, TimeSpan? Ttl);

    private static List<ActorStateOperation> Parse(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var operations = new List<ActorStateOperation>();
            foreach (var item in document.RootElement.EnumerateArray())
            {
                var operation = item.GetProperty("operation").GetString()?.ToLowerInvariant() ?? "";
                var request = item.GetProperty("request");
                var key = request.GetProperty("key").GetString() ?? throw new FormatException("a key is null");
                var value = request.TryGetProperty("value", out var v) ? Encoding.UTF8.GetBytes(v.GetRawText()) : [];
                TimeSpan? ttl = null;
                if (request.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object
                    && metadata.TryGetProperty("ttlInSeconds", out var t) && t.ValueKind == JsonValueKind.String
                    && int.TryParse(t.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
                    ttl = TimeSpan.FromSeconds(seconds);
                operations.Add(new ActorStateOperation(operation, key, value, ttl));
            }

            return operations;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            throw Runtime.DaprErrors.Malformed(ex.Message);
        }
    }
}
