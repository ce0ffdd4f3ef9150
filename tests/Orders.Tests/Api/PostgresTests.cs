using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PurchasePlatform.Orders.Tests.Infrastructure;
using PurchasePlatform.TestSupport;
using static PurchasePlatform.Orders.Tests.Infrastructure.Requests;

namespace PurchasePlatform.Orders.Tests.Api;

/// <summary>The same guarantees on PostgreSQL (chosen when the secret store holds orders:connectionString), where writers really run at once.</summary>
public sealed class PostgresTests : IAsyncLifetime
{
    private readonly PostgresServer _postgres = new();
    private readonly OrdersApp _app = new();

    public async Task InitializeAsync()
    {
        await _postgres.StartAsync();
        _app.Dapr.PostgresConnectionString = _postgres.ConnectionString("orders");
        await _app.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)_app).DisposeAsync();
        await _postgres.DisposeAsync();
    }

    [Fact]
    public async Task Ten_identical_requests_at_once_create_one_order_and_parallel_orders_get_gap_free_numbers()
    {
        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", await _app.InDatabaseAsync(db => Task.FromResult(db.Database.ProviderName)));
        var user = NewUser();
        var body = new JsonObject { ["cartSnapshot"] = Snapshots.Signed(user, Snapshots.Item("prod-1", "Headphones", 1000, 1)) };
        var key = Guid.NewGuid().ToString();
        var clients = Enumerable.Range(0, 10).Select(_ => _app.Customer(user)).ToList();

        var same = await Task.WhenAll(clients.Select(client => client.PostWithKeyAsync("/api/orders", body.DeepClone(), key)));
        var different = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _app.PlaceAsync(NewUser())));

        Assert.Single(same, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(9, same.Count(r => r.StatusCode == HttpStatusCode.OK && r.Headers.Contains("x-idempotent-replay")));
        Assert.Equal(1, await _app.InDatabaseAsync(db => db.Orders.CountAsync(o => o.UserId == user)));
        var numbers = await _app.InDatabaseAsync(db => db.Orders.Select(o => o.OrderNumber).ToListAsync());
        Assert.Equal(Enumerable.Range(1, 9).Select(n => (long)n), numbers.Select(n => long.Parse(n[9..])).Order());
        Assert.Equal(8, different.Distinct().Count());
    }

    [Fact]
    public async Task A_flash_sale_order_delivered_three_times_at_once_is_stored_once()
    {
        var orderId = Guid.NewGuid();
        using var sidecar = _app.CreateClient();
        var message = new { eventId = orderId.ToString("D"), orderId, productId = "flash-1", userId = NewUser(), quantity = 1 };

        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => sidecar.PostAsJsonAsync("/events/inventory/order-accepted", message)));

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        Assert.Equal(1, await _app.InDatabaseAsync(db => db.Orders.CountAsync(o => o.Id == orderId)));
        Assert.Equal(1, await _app.InDatabaseAsync(db => db.ProcessedEvents.CountAsync(e => e.EventId == orderId.ToString("D"))));
    }
}
