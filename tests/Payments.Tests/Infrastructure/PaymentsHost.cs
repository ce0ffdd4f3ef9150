using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PurchasePlatform.BuildingBlocks.Outbox;
using PurchasePlatform.Payments.Infrastructure;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Payments.Tests.Infrastructure;

/// <summary>
/// A Payments service per test: a SQLite file in a temporary folder, the outbox relay and the reconciler off (tests drive them), a
/// counting simulated provider with a short attempt timeout and no retry delay, and a manual clock.
/// </summary>
public abstract class PaymentsHost : IAsyncLifetime
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "payments-tests-" + Guid.NewGuid().ToString("N"));
    private PaymentsFactory? factory;

    public CountingProvider Provider { get; } = new();

    public ManualClock Clock { get; } = new();

    public FakeSidecar Sidecar { get; } = new();

    /// <summary>Orders as the customer payment routes see it; only used when <see cref="ChecksOrders"/>.</summary>
    public FakeOrders Orders { get; } = new();

    /// <summary>Whether customer payments are checked against <see cref="Orders"/>; otherwise every order is payable.</summary>
    protected virtual bool ChecksOrders => false;

    public HttpClient Client { get; private set; } = null!;

    public IServiceProvider Services => factory!.Services;

    public string DatabaseFile => Path.Combine(directory, "payments.db");

    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    /// <summary>Runs before the service starts (e.g. to start a database and put its connection string in <see cref="Sidecar"/>'s secrets).</summary>
    protected virtual Task BeforeStartAsync() => Task.CompletedTask;

    protected virtual Task AfterStopAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(directory);
        await BeforeStartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Payments"] = $"Data Source={DatabaseFile}",
            ["Outbox:RelayEnabled"] = "false",
            ["Payments:Reconciliation:Enabled"] = "false",
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Payments:Provider:AttemptTimeout"] = "00:00:00.200",
            ["Payments:Provider:MaxRetryAttempts"] = "2",
            ["Payments:Provider:RetryDelay"] = "00:00:00.001",
            ["Payments:Provider:MinimumThroughput"] = "50",
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        factory = new PaymentsFactory(settings, Sidecar.Mock.Object, Provider, Clock, ChecksOrders ? Orders : null);
        Client = factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        await AfterStopAsync();
        SqliteConnection.ClearAllPools();
        await TemporaryFolders.DeleteAsync(directory);
    }

    public static string Key() => "key-" + Guid.NewGuid().ToString("N");

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body = null, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostAsync(string path, string? token, object body, string? idempotencyKey) =>
        SendAsync(HttpMethod.Post, path, token, body, idempotencyKey);

    public Task<HttpResponseMessage> GetAsync(string path, string? token) => SendAsync(HttpMethod.Get, path, token);

    public async Task<T> InDatabaseAsync<T>(Func<PaymentsDbContext, Task<T>> work)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<PaymentsDbContext>>().CreateDbContextAsync();
        return await work(db);
    }

    public Task<List<OutboxMessage>> OutboxAsync(string? topic = null) =>
        InDatabaseAsync(db => db.OutboxMessages.AsNoTracking().Where(m => topic == null || m.Topic == topic).ToListAsync());

    public Task<int> PublishOutboxAsync() =>
        Services.GetRequiredService<OutboxPublisher<PaymentsDbContext, OutboxMessage>>().PublishPendingAsync(CancellationToken.None);

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}
