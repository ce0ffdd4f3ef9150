using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PurchasePlatform.BuildingBlocks.Outbox;
using PurchasePlatform.Catalog.Infrastructure.Outbox;
using PurchasePlatform.Catalog.Infrastructure.Persistence;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Catalog.Tests.Infrastructure;

/// <summary>
/// The catalog on a SQLite file in a temporary folder, migrated and seeded as on a first start, behind a fake Dapr
/// sidecar. The outbox relay is off: tests run a pass with <see cref="PublishOutboxAsync"/>.
/// </summary>
public class CatalogApp : IAsyncLifetime
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "catalog-tests-" + Guid.NewGuid().ToString("N"));
    private CatalogFactory? factory;

    public FakeDapr Dapr { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public IServiceProvider Services => factory!.Services;

    protected virtual Task<Dictionary<string, string>> SecretsAsync() => Task.FromResult(new Dictionary<string, string>());

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(directory);
        Dapr = new FakeDapr(await SecretsAsync());
        factory = new CatalogFactory(new Dictionary<string, string>
        {
            ["ConnectionStrings:Catalog"] = $"Data Source={Path.Combine(directory, "catalog.db")}",
            ["Outbox:RelayEnabled"] = "false",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        }, Dapr);
        Client = factory.CreateClient();
    }

    public virtual async Task DisposeAsync()
    {
        Client?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        await TemporaryFolders.DeleteAsync(directory);
    }

    public Task<int> PublishOutboxAsync() => Services.GetRequiredService<OutboxPublisher<CatalogDbContext, CatalogEvent>>().PublishPendingAsync(CancellationToken.None);

    public async Task<T> InDatabaseAsync<T>(Func<CatalogDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<CatalogDbContext>());
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, string? token = null,
        Action<HttpRequestMessage>? configure = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: new JsonSerializerOptions(JsonSerializerDefaults.Web));
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        configure?.Invoke(request);
        return Client.SendAsync(request);
    }

    public async Task<JsonNode> GetDataAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!["data"]!;
    }

    /// <summary>Delivers a pub/sub message to a subscription route as the sidecar would (the CloudEvent's data).</summary>
    public async Task<string> DeliverAsync(string route, object data)
    {
        using var response = await Client.PostAsJsonAsync(route, data);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{route}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!["status"]!.GetValue<string>();
    }
}
