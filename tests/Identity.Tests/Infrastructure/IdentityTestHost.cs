using System.Security.Cryptography;
using System.Text.Json;
using LocalDapr.Configuration;
using LocalDapr.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PurchasePlatform.Identity.Infrastructure.Outbox;
using PurchasePlatform.Identity.Infrastructure.Persistence;

namespace PurchasePlatform.Identity.Tests.Infrastructure;

/// <summary>
/// Identity as it runs for real, on a Kestrel port behind a LocalDapr sidecar: secrets (a fresh RSA signing key and
/// the admin password) from a local-file secret store, events through in-memory pub/sub to a <see cref="Mailbox"/>
/// app with its own sidecar, and a SQLite file in a temporary folder.
/// </summary>
public abstract class IdentityTestHost : IAsyncLifetime
{
    public const string AdminPassword = "Adm1n-Test-Passw0rd!";

    private readonly string directory = Path.Combine(Path.GetTempPath(), "identity-tests-" + Guid.NewGuid().ToString("N"));
    private SidecarHost? sidecars;
    private IdentityFactory? factory;

    public Mailbox Mailbox { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public IServiceProvider Services => factory!.Services;

    /// <summary>Identity's sidecar HTTP port: other apps reach Identity through it by service invocation.</summary>
    public int SidecarHttpPort { get; private set; }

    protected virtual bool RelayEnabled => true;

    protected virtual TimeProvider? Clock => null;

    /// <summary>The secret store's content, keys flattened with ":" as the local-file store reads them.</summary>
    protected virtual Task<Dictionary<string, string>> SecretsAsync() => Task.FromResult(new Dictionary<string, string>
    {
        ["identity:signingKey"] = NewSigningKeyPem(),
        ["identity:adminPassword"] = AdminPassword,
    });

    public async Task InitializeAsync()
    {
        var components = Path.Combine(directory, "components");
        Directory.CreateDirectory(components);
        var secretsFile = Path.Combine(directory, "secrets.json");
        await File.WriteAllTextAsync(secretsFile, JsonSerializer.Serialize(await SecretsAsync()));
        await File.WriteAllTextAsync(Path.Combine(components, "secretstore.yaml"), Component("secretstore", "secretstores.local.file", ("secretsFile", secretsFile)));
        await File.WriteAllTextAsync(Path.Combine(components, "pubsub.yaml"), Component("pubsub", "pubsub.in-memory"));

        await Mailbox.StartAsync();
        var identityPort = FreePort.Next();
        sidecars = await SidecarHost.StartAsync(new SidecarHostOptions
        {
            Apps = [App("identity", identityPort, components), App("mailbox", Mailbox.Port, components)],
            LoggerFactory = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Warning)),
            AppPortPollInterval = TimeSpan.FromMilliseconds(50),
        });
        var sidecar = sidecars.Registry.ByAppId("identity")!;
        SidecarHttpPort = sidecar.HttpPort;

        factory = new IdentityFactory(new Dictionary<string, string>
        {
            ["DAPR_HTTP_PORT"] = sidecar.HttpPort.ToString(),
            ["DAPR_GRPC_PORT"] = sidecar.GrpcPort.ToString(),
            ["ConnectionStrings:Identity"] = $"Data Source={Path.Combine(directory, "identity.db")}",
            ["Outbox:RelayEnabled"] = RelayEnabled.ToString(),
            ["Outbox:PollInterval"] = "00:00:00.200",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        }, Clock);
        factory.UseKestrel(identityPort);
        factory.StartServer();
        Client = factory.CreateClient();
        await sidecars.AppsSubscribed;
    }

    public virtual async Task DisposeAsync()
    {
        Client?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        if (sidecars is not null)
        {
            await sidecars.DisposeAsync();
        }

        await Mailbox.DisposeAsync();
        SqliteConnection.ClearAllPools();
        await TemporaryFolders.DeleteAsync(directory);
    }

    /// <summary>Runs one outbox pass, as the relay would.</summary>
    public Task<int> PublishOutboxAsync() => Services.GetRequiredService<OutboxPublisher>().PublishPendingAsync(CancellationToken.None);

    /// <summary>Works on Identity's database directly (to check what was stored, or not).</summary>
    public async Task<T> InDatabaseAsync<T>(Func<IdentityDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IdentityDbContext>());
    }

    private static string NewSigningKeyPem()
    {
        using var rsa = RSA.Create(2048);
        return rsa.ExportPkcs8PrivateKeyPem();
    }

    private static AppDefinition App(string appId, int port, string components) =>
        new(appId, Path.GetDirectoryName(components)!, port, null, null, [], new Dictionary<string, string>(), [components], "http", null, false, null);

    private static string Component(string name, string type, params (string Name, string Value)[] metadata) => $"""
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
}
