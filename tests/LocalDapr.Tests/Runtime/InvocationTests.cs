using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapr.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PurchasePlatform.TestSupport;

namespace LocalDapr.Tests.Runtime;

public sealed class InvocationTests : IAsyncLifetime
{
    private TestApp _beta = null!;
    private TestRun _run = null!;

    public async Task InitializeAsync()
    {
        _beta = await TestApp.StartAsync(app =>
        {
            app.MapPost("/orders/{id}", async (HttpContext context, string id) =>
            {
                var body = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body);
                return Results.Json(new
                {
                    id,
                    echoed = body,
                    caller = context.Request.Headers["dapr-caller-app-id"].ToString(),
                    callee = context.Request.Headers["dapr-callee-app-id"].ToString(),
                    query = context.Request.QueryString.Value,
                    custom = context.Request.Headers["x-custom"].ToString(),
                });
            });
            app.MapGet("/conflict", () => Results.Json(new { reason = "taken" }, statusCode: 409));
        });
        _run = await TestRun.StartAsync(new Dictionary<string, string>(), new Dictionary<string, int?> { ["alpha"] = null, ["beta"] = _beta.Port });
    }

    public async Task DisposeAsync()
    {
        await _run.DisposeAsync();
        await _beta.DisposeAsync();
    }

    [Fact]
    public async Task Sdk_invocation_reaches_the_other_app_with_caller_headers_and_body()
    {
        using var client = DaprClient.CreateInvokeHttpClient("beta", $"http://127.0.0.1:{_run.Sidecar("alpha").HttpPort}");
        var response = await client.PostAsJsonAsync("orders/42", new { quantity = 3 });
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("42", result.GetProperty("id").GetString());
        Assert.Equal(3, result.GetProperty("echoed").GetProperty("quantity").GetInt32());
        Assert.Equal("alpha", result.GetProperty("caller").GetString());
        Assert.Equal("beta", result.GetProperty("callee").GetString());
    }

    [Fact]
    public async Task Http_invocation_keeps_query_and_headers_and_dapr_app_id_header_routes_too()
    {
        using var http = _run.Http("alpha");
        using var viaPath = new HttpRequestMessage(HttpMethod.Post, "v1.0/invoke/beta/method/orders/7?expand=lines") { Content = JsonContent.Create(new { a = 1 }) };
        viaPath.Headers.Add("x-custom", "kept");
        var first = await (await http.SendAsync(viaPath)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("?expand=lines", first.GetProperty("query").GetString());
        Assert.Equal("kept", first.GetProperty("custom").GetString());

        using var viaHeader = new HttpRequestMessage(HttpMethod.Post, "orders/8") { Content = JsonContent.Create(new { a = 2 }) };
        viaHeader.Headers.Add("dapr-app-id", "beta");
        var second = await (await http.SendAsync(viaHeader)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("8", second.GetProperty("id").GetString());
    }

    [Fact]
    public async Task The_apps_status_code_and_body_come_back_unchanged()
    {
        using var client = DaprClient.CreateInvokeHttpClient("beta", $"http://127.0.0.1:{_run.Sidecar("alpha").HttpPort}");
        var response = await client.GetAsync("conflict");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("taken", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_app_or_app_without_port_answers_err_direct_invoke()
    {
        using var http = _run.Http("beta");
        var unknown = await http.PostAsync("v1.0/invoke/nobody/method/x", null);
        Assert.Equal(HttpStatusCode.InternalServerError, unknown.StatusCode);
        Assert.Equal("ERR_DIRECT_INVOKE", (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errorCode").GetString());

        var noPort = await http.PostAsync("v1.0/invoke/alpha/method/x", null);
        Assert.Equal(HttpStatusCode.InternalServerError, noPort.StatusCode);
    }
}
