using System.Net;
using System.Net.Http.Headers;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Gateway.Tests.Infrastructure;

/// <summary>
/// The gateway on Kestrel (a free port) in front of a LocalDapr run: the gateway's sidecar, fake <c>identity</c> and
/// <c>catalog</c> services, and an <c>orders</c> app whose port nothing listens on (a service that is down).
/// <c>cart</c>, <c>payments</c> and <c>notifications</c> are not part of the run.
/// </summary>
public sealed class GatewayHarness : IAsyncDisposable
{
    private readonly GatewayFactory factory;
    private readonly TestRun sidecars;
    private readonly ClosedPort ordersPort;
    private readonly ClosedPort absentSidecarPort;

    private GatewayHarness(GatewayFactory factory, TestRun sidecars, ClosedPort ordersPort, ClosedPort absentSidecarPort,
        DownstreamApp identity, DownstreamApp catalog)
    {
        this.factory = factory;
        this.sidecars = sidecars;
        this.ordersPort = ordersPort;
        this.absentSidecarPort = absentSidecarPort;
        Identity = identity;
        Catalog = catalog;
        Client = factory.CreateClient();
    }

    public HttpClient Client { get; }

    public DownstreamApp Identity { get; }

    public DownstreamApp Catalog { get; }

    public IReadOnlyList<ReceivedRequest> ReceivedByAnyApp => [.. Identity.Received, .. Catalog.Received];

    /// <param name="settings">Gateway configuration on top of its appsettings.json.</param>
    /// <param name="sidecarDown">Point the gateway at a port where no sidecar listens.</param>
    /// <param name="sidecarApiToken">Make the gateway's sidecar demand this <c>dapr-api-token</c>, and give it to the gateway as DAPR_API_TOKEN.</param>
    public static async Task<GatewayHarness> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, bool sidecarDown = false,
        string? sidecarApiToken = null)
    {
        var identity = await DownstreamApp.StartAsync("identity");
        var catalog = await DownstreamApp.StartAsync("catalog");

        var ordersPort = new ClosedPort();
        var absentSidecarPort = new ClosedPort();
        var gatewayEnv = sidecarApiToken is null ? null : new Dictionary<string, string> { ["DAPR_API_TOKEN"] = sidecarApiToken };
        var sidecars = await TestRun.StartAsync(new Dictionary<string, string>(),
            [new TestRunApp("gateway", Env: gatewayEnv), new("identity", identity.Port), new("catalog", catalog.Port), new("orders", ordersPort.Port)]);

        var sidecarPort = sidecarDown ? absentSidecarPort.Port : sidecars.Sidecar("gateway").HttpPort;
        var configuration = new Dictionary<string, string?>
        {
            ["DAPR_HTTP_ENDPOINT"] = "",
            ["DAPR_HTTP_PORT"] = sidecarPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DAPR_API_TOKEN"] = sidecarApiToken ?? "",
            ["APP_PORT"] = "",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var factory = new GatewayFactory(configuration);
        // Listen configured here rather than UseKestrel(port): with a port, the factory rewrites the server addresses
        // while the gateway's own Program may already be starting the server, which fails now and then.
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        return new GatewayHarness(factory, sidecars, ordersPort, absentSidecarPort, identity, catalog);
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token = null, HttpContent? content = null,
        Action<HttpRequestMessage>? configure = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        configure?.Invoke(request);
        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string path, string? token = null) => SendAsync(HttpMethod.Get, path, token);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await factory.DisposeAsync();
        await sidecars.DisposeAsync();
        await Identity.DisposeAsync();
        await Catalog.DisposeAsync();
        ordersPort.Dispose();
        absentSidecarPort.Dispose();
    }
}
