using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PurchasePlatform.TestSupport;

namespace LocalDapr.Tests.Actors;

/// <summary>The actors HTTP API against a hand-written app, where the SDK would hide what goes over the wire.</summary>
public sealed class ActorApiTests
{
    private static void MapApp(WebApplication app)
    {
        app.MapGet("/dapr/config", () => Results.Json(new { entities = new[] { "RawActor" }, actorIdleTimeout = "1h" }));
        app.MapPut("/actors/RawActor/{id}/method/echo", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            var header = request.Headers["X-DaprRequestHeader"].ToString();
            return Results.Text($"{request.Method} {header} {body}", statusCode: 200);
        });
        app.MapPut("/actors/RawActor/{id}/method/fail", () => Results.Text("boom", statusCode: 500));
        app.MapPut("/actors/RawActor/{id}/method/remind/{name}", async (string id, HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            var attempt = ReminderAttempts.AddOrUpdate(id, 1, (_, n) => n + 1);
            ReminderBodies[id] = body;
            return attempt == 1 ? Results.StatusCode(500) : Results.Ok();
        });
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> ReminderAttempts = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> ReminderBodies = new();

    private static async Task<(TestRun Run, TestApp App)> StartAsync(string? actorStore)
    {
        var app = await TestApp.StartAsync(MapApp);
        var resources = actorStore is null
            ? new Dictionary<string, string> { ["state.yaml"] = Yaml.InMemoryState() }
            : new Dictionary<string, string> { ["actorstore.yaml"] = actorStore };
        var run = await TestRun.StartAsync(resources, new Dictionary<string, int?> { ["raw"] = app.Port, ["caller"] = null });
        await run.Host.AppsSubscribed.WaitAsync(TimeSpan.FromSeconds(20));
        return (run, app);
    }

    [Fact]
    public async Task A_method_call_reaches_the_app_with_PUT_and_its_body_and_headers()
    {
        var (run, app) = await StartAsync(ActorScenario.InMemoryActorStore());
        await using var _ = run;
        await using var __ = app;
        using var http = run.Http("caller");
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1.0/actors/RawActor/a/method/echo") { Content = new StringContent("payload") };
        request.Headers.Add("X-DaprRequestHeader", "remoting");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("PUT remoting payload", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task App_errors_pass_as_daprd_reports_them()
    {
        var (run, app) = await StartAsync(ActorScenario.InMemoryActorStore());
        await using var _ = run;
        await using var __ = app;
        using var http = run.Http("caller");

        using var missing = await http.PutAsync("v1.0/actors/RawActor/a/method/nothing-here", null);
        using var failing = await http.PutAsync("v1.0/actors/RawActor/a/method/fail", null);

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, failing.StatusCode);
        Assert.Contains("ERR_ACTOR_INVOKE_METHOD", await failing.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task State_transactions_sent_as_text_are_applied_and_read_back()
    {
        var (run, app) = await StartAsync(ActorScenario.InMemoryActorStore());
        await using var _ = run;
        await using var __ = app;
        using var http = run.Http("raw");
        const string body = """[{"operation":"upsert","request":{"key":"k1","value":{"n":1}}},{"operation":"upsert","request":{"key":"k2","value":"two"}}]""";

        using var saved = await http.PutAsync("v1.0/actors/RawActor/s/state", new StringContent(body, Encoding.UTF8, "text/plain"));
        using var deleted = await http.PostAsync("v1.0/actors/RawActor/s/state",
            new StringContent("""[{"operation":"delete","request":{"key":"k2"}}]""", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal("""{"n":1}""", await http.GetStringAsync("v1.0/actors/RawActor/s/state/k1"));
        using var gone = await http.GetAsync("v1.0/actors/RawActor/s/state/k2");
        Assert.Equal(HttpStatusCode.NoContent, gone.StatusCode);
        var stored = await run.Sidecar("raw").Components.StateStores["actorstore"].Store.GetAsync("raw||RawActor||s||k1", CancellationToken.None);
        Assert.NotNull(stored);
    }

    [Fact]
    public async Task Without_an_actor_state_store_state_calls_get_daprds_runtime_not_found_error()
    {
        var (run, app) = await StartAsync(actorStore: null);
        await using var _ = run;
        await using var __ = app;
        using var http = run.Http("raw");

        using var response = await http.GetAsync("v1.0/actors/RawActor/s/state/k1");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("ERR_ACTOR_RUNTIME_NOT_FOUND", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_reminder_reads_back_as_registered_and_is_gone_once_deleted()
    {
        var (run, app) = await StartAsync(ActorScenario.InMemoryActorStore());
        await using var _ = run;
        await using var __ = app;
        using var http = run.Http("raw");

        using var created = await http.PutAsync("v1.0/actors/RawActor/r/reminders/later",
            new StringContent("""{"dueTime":"1h","period":"R3/PT1S","data":"abc"}"""));
        var read = await http.GetStringAsync("v1.0/actors/RawActor/r/reminders/later");
        using var deleted = await http.DeleteAsync("v1.0/actors/RawActor/r/reminders/later");
        using var after = await http.GetAsync("v1.0/actors/RawActor/r/reminders/later");

        Assert.Equal(HttpStatusCode.NoContent, created.StatusCode);
        Assert.Contains("\"dueTime\":\"1h\"", read);
        Assert.Contains("\"period\":\"R3/PT1S\"", read);
        Assert.Contains("\"data\":\"abc\"", read);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    [Fact]
    public async Task A_reminder_whose_fire_fails_is_fired_again_with_its_registration_unchanged()
    {
        var (run, app) = await StartAsync(ActorScenario.InMemoryActorStore());
        await using var _ = run;
        await using var __ = app;
        using var http = run.Http("raw");
        var id = Guid.NewGuid().ToString("N");

        await http.PutAsync($"v1.0/actors/RawActor/{id}/reminders/once", new StringContent("""{"dueTime":"0h0m0s10ms","data":"abc"}"""));
        await Eventually.WaitUntilAsync(() => ReminderAttempts.GetValueOrDefault(id) >= 2);
        await Eventually.WaitUntilAsync(() =>
            http.GetAsync($"v1.0/actors/RawActor/{id}/reminders/once").Result.StatusCode == HttpStatusCode.NotFound);

        Assert.Equal("""{"data":"abc","dueTime":"0h0m0s10ms","period":""}""", ReminderBodies[id]);
    }
}
