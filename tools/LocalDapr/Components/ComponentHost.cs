using LocalDapr.Configuration;
using LocalDapr.PubSub;
using LocalDapr.Secrets;
using LocalDapr.State;
using Microsoft.Data.Sqlite;

namespace LocalDapr.Components;

/// <summary>
/// Instantiates components for each app as its own daprd would: scopes applied, <c>{appID}</c> expanded, relative
/// file paths resolved against the app's folder (daprd's working directory under <c>dapr run -f</c>), secretKeyRefs
/// resolved through the component's <c>auth.secretStore</c>. Apps whose resolved settings are identical share one
/// instance, so that, e.g., one SQLite file has one writer in this process.
/// </summary>
public sealed class ComponentHost : IAsyncDisposable
{
    private readonly ILoggerFactory _loggerFactory;
    private readonly TimeSpan _stopTimeout;
    private readonly Dictionary<string, object> _instances = new(StringComparer.Ordinal);

    /// <param name="stopTimeout">How long each component may take to stop before it is left behind.</param>
    public ComponentHost(ILoggerFactory loggerFactory, TimeSpan? stopTimeout = null)
    {
        _loggerFactory = loggerFactory;
        _stopTimeout = stopTimeout ?? TimeSpan.FromSeconds(15);
    }

    public async Task<AppComponents> CreateForAppAsync(string appId, string appDirectory, IReadOnlyList<ComponentDefinition> definitions,
        CancellationToken cancellationToken)
    {
        var visible = definitions.Where(d => d.Scopes.Count == 0 || d.Scopes.Contains(appId, StringComparer.Ordinal)).ToList();
        var secretStores = new Dictionary<string, (ISecretStore, ComponentSpec)>(StringComparer.Ordinal);
        var stateStores = new Dictionary<string, (IStateStore, ComponentSpec)>(StringComparer.Ordinal);
        var pubsubs = new Dictionary<string, (IPubSub, ComponentSpec)>(StringComparer.Ordinal);

        foreach (var definition in visible.Where(d => d.Type.StartsWith("secretstores.", StringComparison.Ordinal)))
        {
            var spec = await ResolveAsync(definition, appId, appDirectory, secretStores, cancellationToken);
            secretStores[spec.Name] = (Share(spec, () => LocalFileSecretStore.Create(spec)), spec);
        }

        foreach (var definition in visible.Where(d => !d.Type.StartsWith("secretstores.", StringComparison.Ordinal)))
        {
            var spec = await ResolveAsync(definition, appId, appDirectory, secretStores, cancellationToken);
            switch (spec.Type)
            {
                case "state.in-memory":
                    stateStores[spec.Name] = (Share(spec, () => InMemoryStateStore.Create(spec)), spec);
                    break;
                case "state.sqlite":
                    stateStores[spec.Name] = (Share(spec, () => SqliteStateStore.Create(spec)), spec);
                    break;
                case "state.redis":
                    stateStores[spec.Name] = (Share(spec, () => RedisStateStore.Create(spec)), spec);
                    break;
                case "pubsub.in-memory":
                    pubsubs[spec.Name] = (Share(spec, () => InMemoryPubSub.Create(spec, _loggerFactory)), spec);
                    break;
                case "pubsub.redis":
                    pubsubs[spec.Name] = (Share(spec, () => RedisStreamsPubSub.Create(spec, _loggerFactory)), spec);
                    break;
                default:
                    throw new ComponentConfigurationException(spec.SourceFile, "spec.type", $"type '{spec.Type}' is not supported");
            }
        }

        var actorStores = stateStores.Values.Where(s => s.Item1.IsActorStateStore).ToList();
        if (actorStores.Count > 1)
        {
            throw new ComponentConfigurationException(actorStores[1].Item2.SourceFile, "spec.metadata.actorStateStore",
                $"app '{appId}' sees more than one actor state store ({string.Join(", ", actorStores.Select(s => s.Item2.Name))}); daprd allows one");
        }

        return new AppComponents { StateStores = stateStores, PubSubs = pubsubs, SecretStores = secretStores };
    }

    private T Share<T>(ComponentSpec spec, Func<T> create)
        where T : class
    {
        var identity = spec.Type + "|" + spec.Name + "|" + string.Join(";", spec.Metadata.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => m.Key + "=" + m.Value));
        lock (_instances)
        {
            if (_instances.TryGetValue(identity, out var existing)) return (T)existing;
            var created = create();
            _instances[identity] = created;
            return created;
        }
    }

    private static async Task<ComponentSpec> ResolveAsync(ComponentDefinition definition, string appId, string appDirectory,
        IReadOnlyDictionary<string, (ISecretStore Store, ComponentSpec Spec)> secretStores, CancellationToken cancellationToken)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < definition.Metadata.Count; i++)
        {
            var item = definition.Metadata[i];
            if (item.SecretKeyRef is { } reference)
            {
                var storeName = definition.SecretStore;
                if (storeName is null)
                {
                    throw new ComponentConfigurationException(definition.SourceFile, "auth.secretStore",
                        $"component '{definition.Name}' uses secretKeyRef in spec.metadata[{i}] but names no secret store under auth.secretStore");
                }

                if (!secretStores.TryGetValue(storeName, out var store))
                {
                    throw new ComponentConfigurationException(definition.SourceFile, "auth.secretStore",
                        $"secret store '{storeName}' is not loaded for app '{appId}'");
                }

                var values = await store.Store.GetAsync(reference.Name, cancellationToken);
                var key = reference.Key ?? reference.Name;
                if (values is null || !values.TryGetValue(key, out var secret))
                {
                    throw new ComponentConfigurationException(definition.SourceFile, $"spec.metadata[{i}].secretKeyRef",
                        $"secret '{reference.Name}' (key '{key}') not found in secret store '{storeName}'");
                }

                metadata[item.Name] = secret;
            }
            else
            {
                metadata[item.Name] = ResourceLoader.ExpandForApp(item.Value ?? "", appId);
            }
        }

        ResolvePaths(definition.Type, metadata, appDirectory);
        return new ComponentSpec(definition.Name, definition.Type, definition.Version, metadata, definition.Scopes, definition.SourceFile);
    }

    private static void ResolvePaths(string type, Dictionary<string, string> metadata, string appDirectory)
    {
        if (type == "secretstores.local.file" && metadata.TryGetValue("secretsFile", out var secretsFile) && secretsFile.Length > 0)
            metadata["secretsFile"] = Path.GetFullPath(Path.Combine(appDirectory, secretsFile));

        if (type == "state.sqlite" && metadata.TryGetValue("connectionString", out var connection) && connection.Length > 0)
            metadata["connectionString"] = ResolveSqlitePath(connection, appDirectory);
    }

    private static string ResolveSqlitePath(string connection, string appDirectory)
    {
        if (connection.StartsWith("file:", StringComparison.Ordinal))
        {
            // daprd's form: file:path?_pragma=...; the store drops the query part.
            var rest = connection["file:".Length..];
            var query = rest.IndexOf('?', StringComparison.Ordinal);
            var path = query < 0 ? rest : rest[..query];
            return "file:" + Absolute(path, appDirectory) + (query < 0 ? "" : rest[query..]);
        }

        if (!connection.Contains('=', StringComparison.Ordinal)) return Absolute(connection, appDirectory);

        var builder = new SqliteConnectionStringBuilder(connection);
        builder.DataSource = Absolute(builder.DataSource, appDirectory);
        return builder.ConnectionString;
    }

    private static string Absolute(string path, string appDirectory)
    {
        if (path.Length == 0 || path == ":memory:" || Path.IsPathRooted(path)) return path;
        var full = Path.GetFullPath(Path.Combine(appDirectory, path));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return full;
    }

    /// <summary>Stops every component at once, each bounded: one that does not stop in time is logged and left behind.</summary>
    public async ValueTask DisposeAsync()
    {
        List<object> instances;
        lock (_instances)
        {
            instances = _instances.Values.ToList();
            _instances.Clear();
        }

        var logger = _loggerFactory.CreateLogger<ComponentHost>();
        await Task.WhenAll(instances.OfType<IAsyncDisposable>().Select(instance => StopAsync(instance, logger)));
    }

    private async Task StopAsync(IAsyncDisposable component, ILogger logger)
    {
        var name = component switch
        {
            IStateStore store => $"state store {store.Name}",
            IPubSub pubsub => $"pub/sub {pubsub.Name}",
            _ => component.GetType().Name,
        };
        try
        {
            await Task.Run(() => component.DisposeAsync().AsTask()).WaitAsync(_stopTimeout);
        }
        catch (TimeoutException)
        {
            logger.LogWarning("LocalDapr: component {Component} did not stop within {Timeout}; left behind", name, _stopTimeout);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "LocalDapr: stopping component {Component} failed", name);
        }
    }
}
