using System.Text.Json;
using LocalDapr;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Cart.Tests.Infrastructure;

/// <summary>
/// The cart app (TestServer) talking to a real LocalDapr sidecar: in-memory state store with ETags, the snapshot secret
/// from a local-file secret store, and the catalog faked behind its own sidecar (reached by service invocation).
/// Tests share it: each uses new users and products, and coupons of its own (<see cref="TestCoupons"/>).
/// </summary>
public class CartTestHost : IAsyncLifetime
{
    public const string SnapshotSecret = "test-snapshot-secret-0123456789";

    private readonly string directory = Path.Combine(Path.GetTempPath(), "cart-tests-" + Guid.NewGuid().ToString("N"));
    private TestRun? run;
    private CartFactory? factory;

    public FakeCatalog Catalog { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public IServiceProvider Services => factory!.Services;

    /// <summary>The secret store's content.</summary>
    protected virtual Dictionary<string, string> Secrets => new() { ["cart:snapshotSecret"] = SnapshotSecret };

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(directory);
        var secretsFile = Path.Combine(directory, "secrets.json");
        await File.WriteAllTextAsync(secretsFile, LocalSecrets.Json(Secrets));

        var catalogPort = LoopbackPorts.Free();
        await Catalog.StartAsync(catalogPort);
        run = await TestRun.StartAsync(
            new Dictionary<string, string>
            {
                ["statestore.yaml"] = Yaml.InMemoryState(),
                ["secretstore.yaml"] = LocalSecrets.Component(secretsFile),
            },
            new Dictionary<string, int?> { ["cart"] = null, ["catalog"] = catalogPort });
        var sidecar = run.Sidecar("cart");

        var settings = new Dictionary<string, string>
        {
            ["DAPR_HTTP_PORT"] = sidecar.HttpPort.ToString(),
            ["DAPR_GRPC_PORT"] = sidecar.GrpcPort.ToString(),
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in TestCoupons.Settings())
        {
            settings[key] = value;
        }

        factory = new CartFactory(settings);
        Client = factory.CreateClient();
        await run.Host.AppsSubscribed;
    }

    /// <summary>A new user with a customer token (scope <c>cart</c>).</summary>
    public Shopper NewShopper() => new(Client, Guid.NewGuid());

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        if (run is not null)
        {
            await run.DisposeAsync();
        }

        await Catalog.DisposeAsync();
        await TemporaryFolders.DeleteAsync(directory);
    }
}

[CollectionDefinition(Name)]
public sealed class CartHostCollection : ICollectionFixture<CartTestHost>
{
    public const string Name = "Cart over LocalDapr";
}
