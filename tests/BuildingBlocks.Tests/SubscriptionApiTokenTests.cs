using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using PurchasePlatform.BuildingBlocks.Tests.Infrastructure;

namespace PurchasePlatform.BuildingBlocks.Tests;

/// <summary>
/// With APP_API_TOKEN set, the service defaults let only the Dapr sidecar (which sends it as dapr-api-token) deliver
/// to pub/sub subscription endpoints; other endpoints, and every endpoint without the setting, are as before.
/// </summary>
public sealed class SubscriptionApiTokenTests
{
    private const string Token = "sidecar-secret";

    [Theory]
    [InlineData(null)]
    [InlineData("guessed")]
    [InlineData("sidecar-secret-and-more")]
    public async Task A_delivery_without_the_sidecars_token_is_401_and_never_handled(string? presented)
    {
        await using var app = await SubscriberApp.StartAsync(Token);

        using var response = await app.PostAsync("/events/orders", presented);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, app.Deliveries);
    }

    [Fact]
    public async Task A_delivery_with_the_sidecars_token_is_handled()
    {
        await using var app = await SubscriberApp.StartAsync(Token);

        using var response = await app.PostAsync("/events/orders", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, app.Deliveries);
    }

    [Fact]
    public async Task Endpoints_that_are_not_subscriptions_need_no_token()
    {
        await using var app = await SubscriberApp.StartAsync(Token);

        using var plain = await app.PostAsync("/not-a-subscription", presented: null);
        using var subscribe = await app.Client.GetAsync("/dapr/subscribe");

        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, subscribe.StatusCode);
    }

    [Fact]
    public async Task Without_the_setting_anyone_may_deliver_as_before()
    {
        await using var app = await SubscriberApp.StartAsync(token: null);

        using var response = await app.PostAsync("/events/orders", presented: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, app.Deliveries);
    }

    private sealed class SubscriberApp(WebApplication app) : IAsyncDisposable
    {
        private int deliveries;
        private HttpClient? client;

        public HttpClient Client => client ??= app.GetTestClient();

        public int Deliveries => Volatile.Read(ref deliveries);

        public static async Task<SubscriberApp> StartAsync(string? token)
        {
            var builder = TestApp.CreateBuilder(token is null ? null : new Dictionary<string, string?> { ["APP_API_TOKEN"] = token });
            builder.WebHost.UseTestServer();
            var app = builder.BuildWithServiceDefaults(TestApp.ServiceName);
            var subscriber = new SubscriberApp(app);
            app.MapPost("/events/orders", () => subscriber.Delivered()).WithTopic("pubsub", "orders.order_placed.v1").AllowAnonymous();
            app.MapPost("/not-a-subscription", () => TypedResults.Ok()).AllowAnonymous();
            await app.StartAsync();
            return subscriber;
        }

        public Task<HttpResponseMessage> PostAsync(string path, string? presented)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(new { order_id = "o-1" }) };
            if (presented is not null)
            {
                request.Headers.Add("dapr-api-token", presented);
            }

            return Client.SendAsync(request);
        }

        public async ValueTask DisposeAsync()
        {
            client?.Dispose();
            await app.DisposeAsync();
        }

        private IResult Delivered()
        {
            Interlocked.Increment(ref deliveries);
            return TypedResults.Ok(new { status = "SUCCESS" });
        }
    }
}
