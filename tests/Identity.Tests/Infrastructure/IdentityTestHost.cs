using PurchasePlatform.BuildingBlocks.Outbox;
using System.Security.Cryptography;
using System.Text.Json;
using LocalDapr;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PurchasePlatform.Identity.Infrastructure.Outbox;
using PurchasePlatform.Identity.Infrastructure.Persistence;
using PurchasePlatform.TestSupport;

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
    private TestRun? sidecars;
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
        Directory.CreateDirectory(directory);
        var secretsFile = Path.Combine(directory, "secrets.json");
        await File.WriteAllTextAsync(secretsFile, LocalSecrets.Json(await SecretsAsync()));

        await Mailbox.StartAsync();
        var identityPort = LoopbackPorts.Free();
        sidecars = await TestRun.StartAsync(
            new Dictionary<string, string>
            {
                ["secretstore.yaml"] = LocalSecrets.Component(secretsFile),
                ["pubsub.yaml"] = Yaml.Component("pubsub", "pubsub.in-memory"),
            },
            new Dictionary<string, int?> { ["identity"] = identityPort, ["mailbox"] = Mailbox.Port });
        var sidecar = sidecars.Sidecar("identity");
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
        await sidecars.Host.AppsSubscribed;
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
    public Task<int> PublishOutboxAsync() => Services.GetRequiredService<OutboxPublisher<IdentityDbContext, UserEvent>>().PublishPendingAsync(CancellationToken.None);

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
}
