using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PurchasePlatform.Notifications.Infrastructure;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Notifications.Tests.Infrastructure;

/// <summary>
/// A Notifications service per test class (or per test, with <see cref="StartedApp"/>): a SQLite file in a temporary
/// folder, the outbox relay off, a mocked sidecar and a manual clock. Subclasses add settings and services.
/// </summary>
public abstract class NotificationsHost : IAsyncLifetime
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "notifications-tests-" + Guid.NewGuid().ToString("N"));
    private NotificationsFactory? factory;

    /// <summary>The AES key that encrypts webhook secrets, in the secret store of every test host.</summary>
    public static readonly string WebhookSecretKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    public ManualClock Clock { get; } = new();

    public FakeSidecar Sidecar { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public IServiceProvider Services => factory!.Services;

    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    /// <summary>Replaces or adds services after the service's own (fakes at real boundaries).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>Runs before the service starts (e.g. to start a database and put its connection string in <see cref="Sidecar"/>'s secrets).</summary>
    protected virtual Task BeforeStartAsync() => Task.CompletedTask;

    protected virtual Task AfterStopAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(directory);
        Sidecar.Secrets["notifications:webhookSecretKey"] = WebhookSecretKey;
        await BeforeStartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Notifications"] = $"Data Source={Path.Combine(directory, "notifications.db")}",
            ["Outbox:RelayEnabled"] = "false",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        factory = new NotificationsFactory(settings, Sidecar.Mock.Object, Clock, ConfigureServices);
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

    /// <summary>Delivers a pub/sub message as the sidecar would; answers the subscriber status (SUCCESS, RETRY, DROP).</summary>
    public async Task<string> DeliverAsync(string topic, object payload)
    {
        using var response = await Client.PostAsJsonAsync($"/events/{topic}", payload);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString()!;
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return Client.SendAsync(request);
    }

    public async Task<T> InDatabaseAsync<T>(Func<NotificationsDbContext, Task<T>> work)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<NotificationsDbContext>>().CreateDbContextAsync();
        return await work(db);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}
