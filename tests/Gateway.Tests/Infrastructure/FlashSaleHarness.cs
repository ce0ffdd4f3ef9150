extern alias LocalDaprRuntime;

using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Dapr.Client;
using Microsoft.Extensions.DependencyInjection;
using PurchasePlatform.TestSupport;
using LoopbackPorts = LocalDaprRuntime::LocalDapr.LoopbackPorts;

namespace PurchasePlatform.Gateway.Tests.Infrastructure;

/// <summary>
/// The gateway on Kestrel at a known loopback port (so that its sidecar can deliver events to it and a browser can
/// load its pages) in front of a LocalDapr run with an in-memory <c>pubsub</c>: the gateway's sidecar and a
/// <see cref="FakeInventory"/> as app <c>inventory</c> (or, with <c>inventoryDown</c>, a port nothing listens on).
/// </summary>
public sealed class FlashSaleHarness : IAsyncDisposable
{
    private const string InMemoryPubSub = """
        apiVersion: dapr.io/v1alpha1
        kind: Component
        metadata:
          name: pubsub
        spec:
          type: pubsub.in-memory
          version: v1
        """;

    private readonly GatewayFactory factory;
    private readonly TestRun sidecars;
    private readonly ClosedPort inventoryPort;

    private FlashSaleHarness(GatewayFactory factory, TestRun sidecars, ClosedPort inventoryPort, FakeInventory inventory, int port)
    {
        this.factory = factory;
        this.sidecars = sidecars;
        this.inventoryPort = inventoryPort;
        Inventory = inventory;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        // A plain client: the factory's follows redirects, and a 302 to the waiting room is what some tests look at.
        Client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress };
    }

    public FakeInventory Inventory { get; }

    public HttpClient Client { get; }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => factory.Services;

    /// <param name="settings">Gateway configuration on top of its appsettings.json.</param>
    /// <param name="clock">The gateway's TimeProvider (its token bucket's clock).</param>
    /// <param name="inventoryDown">Register app <c>inventory</c> at a port where nothing listens.</param>
    public static async Task<FlashSaleHarness> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? clock = null,
        bool inventoryDown = false)
    {
        var inventory = await FakeInventory.StartAsync();
        var inventoryPort = new ClosedPort();
        var gatewayPort = LoopbackPorts.Free();
        var sidecars = await TestRun.StartAsync(new Dictionary<string, string> { ["pubsub.yaml"] = InMemoryPubSub },
            [new TestRunApp("gateway", gatewayPort), new TestRunApp("inventory", inventoryDown ? inventoryPort.Port : inventory.Port)]);

        var configuration = new Dictionary<string, string?>
        {
            ["DAPR_HTTP_ENDPOINT"] = "",
            ["DAPR_HTTP_PORT"] = sidecars.Sidecar("gateway").HttpPort.ToString(CultureInfo.InvariantCulture),
            ["DAPR_API_TOKEN"] = "",
            ["APP_PORT"] = "",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var factory = new GatewayFactory(configuration, clock is null ? null : services => services.AddSingleton(clock));
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, gatewayPort));
        factory.StartServer();
        return new FlashSaleHarness(factory, sidecars, inventoryPort, inventory, gatewayPort);
    }

    /// <summary>A Dapr client of the <c>inventory</c> app's sidecar, to publish what Inventory would.</summary>
    public DaprClient InventorySidecar() => sidecars.Client("inventory");

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token = null, object? json = null,
        string? idempotencyKey = null, Action<HttpRequestMessage>? configure = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = json is null ? null : System.Net.Http.Json.JsonContent.Create(json) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("x-idempotency-key", idempotencyKey);
        }

        configure?.Invoke(request);
        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> OrderAsync(string token, object body, string? idempotencyKey = null) =>
        SendAsync(HttpMethod.Post, "/order", token, body, idempotencyKey ?? Guid.NewGuid().ToString());

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await factory.DisposeAsync();
        await sidecars.DisposeAsync();
        await Inventory.DisposeAsync();
        inventoryPort.Dispose();
    }
}
