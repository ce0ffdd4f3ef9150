using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using PurchasePlatform.Gateway.Tests.Infrastructure;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Gateway.Tests.Purchases;

/// <summary>
/// The gateway in front of a LocalDapr run with its sidecar and a <see cref="FakeOrchestrator"/> as app
/// <c>orchestrator</c> (or, with <c>orchestratorDown</c>, a port where nothing listens).
/// </summary>
public sealed class PurchaseHarness : IAsyncDisposable
{
    private readonly GatewayFactory factory;
    private readonly TestRun sidecars;
    private readonly ClosedPort orchestratorPort;

    private PurchaseHarness(GatewayFactory factory, TestRun sidecars, ClosedPort orchestratorPort, FakeOrchestrator orchestrator)
    {
        this.factory = factory;
        this.sidecars = sidecars;
        this.orchestratorPort = orchestratorPort;
        Orchestrator = orchestrator;
        Client = factory.CreateClient();
    }

    public FakeOrchestrator Orchestrator { get; }

    public HttpClient Client { get; }

    public static async Task<PurchaseHarness> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, bool orchestratorDown = false)
    {
        var orchestrator = await FakeOrchestrator.StartAsync();
        var orchestratorPort = new ClosedPort();
        var sidecars = await TestRun.StartAsync(new Dictionary<string, string>(),
            [new TestRunApp("gateway"), new TestRunApp("orchestrator", orchestratorDown ? orchestratorPort.Port : orchestrator.Port)]);
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

        return new PurchaseHarness(new GatewayFactory(configuration), sidecars, orchestratorPort, orchestrator);
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? json = null, string? idempotencyKey = null,
        HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content ?? (json is null ? null : JsonContent.Create(json)) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PurchaseAsync(string token, object body, string? idempotencyKey = null) =>
        SendAsync(HttpMethod.Post, "/purchases", token, body, idempotencyKey);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await factory.DisposeAsync();
        await sidecars.DisposeAsync();
        await Orchestrator.DisposeAsync();
        orchestratorPort.Dispose();
    }
}
