using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text;
using EndToEnd.Tests.Platform;
using EndToEnd.Tests.Shop;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PurchasePlatform.TestSupport;

namespace EndToEnd.Tests.Notifications;

/// <summary>Seed 003's notifications and webhooks through the gateway, made from the events other services publish.</summary>
[Collection(PlatformCollection.Name)]
public sealed class NotificationsThroughGatewayTests(PlatformRun platform) : IAsyncLifetime
{
    private HttpClient _gateway = null!;
    private ShopCalls _shop = null!;

    public async Task InitializeAsync()
    {
        foreach (var app in new[] { "identity", "gateway", "catalog", "notifications" }) await platform.WaitUntilReadyAsync(app);
        _gateway = platform.Gateway();
        _shop = new ShopCalls(_gateway);
    }

    public Task DisposeAsync()
    {
        _gateway.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_new_customer_finds_the_welcome_mail_in_their_history_once_it_is_delivered()
    {
        var customer = (await PlatformAccounts.RegisterCustomersAsync(_gateway, 1, 1)).Single();

        JsonElement welcome = default;
        await Eventually.WaitUntilAsync(async () =>
        {
            var history = await _shop.GetAsync("api/v1/notifications/history?type=email", customer.AccessToken);
            Assert.Equal(HttpStatusCode.OK, history.Status);
            var items = history.Data.GetProperty("items").EnumerateArray().ToList();
            welcome = items.FirstOrDefault(item => item.GetProperty("status").GetString() == "delivered");
            return welcome.ValueKind == JsonValueKind.Object;
        }, seconds: 60);

        Assert.Equal(customer.Email, welcome.GetProperty("to").GetString());
        var status = await _shop.GetAsync($"api/v1/notifications/{welcome.GetProperty("id").GetString()}", customer.AccessToken);
        Assert.Equal(HttpStatusCode.OK, status.Status);
        Assert.Equal("delivered", status.Data.GetProperty("status").GetString());
        var other = (await PlatformAccounts.RegisterCustomersAsync(_gateway, 1, 1)).Single();
        Assert.Equal(HttpStatusCode.NotFound, (await _shop.GetAsync($"api/v1/notifications/{welcome.GetProperty("id").GetString()}", other.AccessToken)).Status);
    }

    [Fact]
    public async Task A_customer_who_forgot_their_password_gets_the_reset_mail_and_new_customers_the_verification_mail()
    {
        var customer = (await PlatformAccounts.RegisterCustomersAsync(_gateway, 1, 1)).Single();

        var forgot = await _shop.PostAsync("api/v1/users/forgot-password", null, new { email = customer.Email });
        Assert.True(forgot.Status is HttpStatusCode.OK or HttpStatusCode.Accepted, forgot.ToString());

        var subjects = new List<string?>();
        await Eventually.WaitUntilAsync(async () =>
        {
            var history = await _shop.GetAsync("api/v1/notifications/history?type=email&status=delivered", customer.AccessToken);
            subjects = history.Data.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("subject").GetString()).ToList();
            return subjects.Contains("Reset your password") && subjects.Contains("Please verify your e-mail address");
        }, seconds: 60);
    }

    [Fact]
    public async Task A_webhook_registered_by_an_admin_receives_a_signed_product_created_event()
    {
        const string secret = "e2e-webhook-secret-0123456789";
        var received = new ConcurrentQueue<(string Body, string? Signature, string? Event)>();
        await using var receiver = await TestApp.StartAsync(app => app.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            received.Enqueue((await reader.ReadToEndAsync(), request.Headers["X-Webhook-Signature"].FirstOrDefault(),
                request.Headers["X-Webhook-Event"].FirstOrDefault()));
            return Results.Ok();
        }));
        var adminToken = await PlatformAccounts.AdminTokenAsync(_gateway);

        Assert.Equal(HttpStatusCode.Unauthorized, (await _shop.PostAsync("api/v1/webhooks", null, new { url = "https://example.com/hook", events = new[] { "order.created" }, secret })).Status);
        var registered = await _shop.PostAsync("api/v1/webhooks", adminToken,
            new { url = $"http://127.0.0.1:{receiver.Port}/hook", events = new[] { "product.created" }, secret });
        Assert.Equal(HttpStatusCode.Created, registered.Status);
        Assert.Equal("active", registered.Data.GetProperty("status").GetString());
        Assert.False(registered.Data.TryGetProperty("secret", out _));

        var leaf = await _shop.LeafCategoryIdAsync();
        var sku = "E2E-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var created = await _shop.PostAsync("api/v1/products", adminToken,
            new { name = $"Signal Mirror {sku}", description = "A mirror", price = 9.5m, sku, categoryId = leaf, stock = 5 });
        Assert.Equal(HttpStatusCode.Created, created.Status);
        var productId = created.Data.GetProperty("id").GetString();

        (string Body, string? Signature, string? Event) delivery = default;
        await Eventually.WaitUntilAsync(() =>
        {
            delivery = received.FirstOrDefault(r => r.Body.Contains(productId!, StringComparison.Ordinal));
            return delivery.Body is not null;
        }, seconds: 60);

        Assert.Equal("product.created", delivery.Event);
        Assert.True(SeedVerifies(delivery.Body!, delivery.Signature!, secret), delivery.Signature);
        var body = JsonDocument.Parse(delivery.Body!).RootElement;
        Assert.Equal("product.created", body.GetProperty("type").GetString());
        Assert.Equal(productId, body.GetProperty("data").GetProperty("object").GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.NoContent,
            (await _shop.DeleteAsync($"api/v1/webhooks/{registered.Data.GetProperty("id").GetString()}", adminToken)).Status);
    }

    /// <summary>Seed 003's "Webhook Signature Verification" example, as a receiver would run it.</summary>
    private static bool SeedVerifies(string payload, string signature, string secret)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var hash = hmac.ComputeHash(Encoding.UTF8.GetBytes(payload));
        var computedSignature = $"sha256={BitConverter.ToString(hash).Replace("-", "").ToLower()}";
        return signature == computedSignature;
    }
}
