extern alias ordersapp;

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapr.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PurchasePlatform.BuildingBlocks.Outbox;
using PurchasePlatform.Orders.Infrastructure.Cart;
using PurchasePlatform.Orders.Infrastructure.Catalog;
using PurchasePlatform.Orders.Infrastructure.Persistence;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Orders.Tests.Infrastructure;

/// <summary>
/// Orders in memory (TestServer) on a SQLite file in a temporary folder, trusting <see cref="TestTokens"/>, with the
/// Dapr client, Cart and Catalog replaced at their boundaries. The outbox relay is off: tests run passes themselves.
/// </summary>
public sealed class OrdersApp : WebApplicationFactory<ordersapp::Program>, IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "orders-tests-" + Guid.NewGuid().ToString("N"));

    public FakeDapr Dapr { get; } = new();

    public FakeCart Cart { get; } = new();

    public FakeCatalog Catalog { get; } = new();

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        _ = Server;
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        SqliteConnection.ClearAllPools();
        await TemporaryFolders.DeleteAsync(_directory);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Orders", $"Data Source={Path.Combine(_directory, "orders.db")}");
        builder.UseSetting("Outbox:RelayEnabled", "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<DaprClient>();
            services.AddSingleton(Dapr.Client.Object);
            services.RemoveAll<ICartSnapshotSource>();
            services.AddSingleton<ICartSnapshotSource>(Cart);
            services.RemoveAll<IProductCatalog>();
            services.AddSingleton<IProductCatalog>(Catalog);
            services.TrustOnlySigningKey(TestTokens.TrustedKey);
        });
    }

    public HttpClient ClientFor(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public HttpClient Customer(string userId) => ClientFor(TestTokens.Customer(userId));

    public HttpClient Admin() => ClientFor(TestTokens.Admin(Guid.NewGuid().ToString("D")));

    public async Task<T> InDatabaseAsync<T>(Func<OrdersDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<OrdersDbContext>());
    }

    public Task<List<OutboxMessage>> OutboxAsync(string? topic = null) =>
        InDatabaseAsync(db => db.OutboxMessages.AsNoTracking().Where(m => topic == null || m.Topic == topic).OrderBy(m => m.OccurredAt).ToListAsync());

    public Task<int> PublishOutboxAsync() =>
        Services.GetRequiredService<OutboxPublisher<OrdersDbContext, OutboxMessage>>().PublishPendingAsync(CancellationToken.None);

    /// <summary>Places an order for <paramref name="userId"/> through <c>POST /api/orders</c> and returns its id.</summary>
    public async Task<Guid> PlaceAsync(string userId, params PurchasePlatform.BuildingBlocks.Snapshots.CartSnapshotItem[] items)
    {
        using var client = Customer(userId);
        var body = new JsonObject { ["cartSnapshot"] = Snapshots.Signed(userId, items.Length > 0 ? items : [Snapshots.Item("prod-1", "Wireless Headphones", 29999, 2)]) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var created = await response.Content.ReadFromJsonAsync<JsonObject>();
        return Guid.Parse(created!["orderId"]!.GetValue<string>());
    }
}
