using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PurchasePlatform.TestSupport;

namespace LocalDapr.Tests.Runtime;

/// <summary>The HTTP API other languages use: paths, status codes, headers and error bodies as daprd's.</summary>
public sealed class HttpApiTests : IAsyncLifetime
{
    private TestRun _run = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _run = await TestRun.StartAsync(new Dictionary<string, string> { ["state.yaml"] = Yaml.InMemoryState() },
            new Dictionary<string, int?> { ["app"] = null });
        _http = _run.Http("app");
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _run.DisposeAsync();
    }

    [Fact]
    public async Task Save_get_with_etag_conflict_and_delete()
    {
        var save = await _http.PostAsync("v1.0/state/statestore", Json("""[{"key":"cart","value":{"items":2}}]"""));
        Assert.Equal(HttpStatusCode.NoContent, save.StatusCode);

        var get = await _http.GetAsync("v1.0/state/statestore/cart");
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(2, (await get.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").GetInt32());
        var etag = get.Headers.ETag?.Tag ?? get.Headers.GetValues("ETag").Single();

        await _http.PostAsync("v1.0/state/statestore", Json("""[{"key":"cart","value":{"items":3}}]"""));
        var stale = await _http.PostAsync("v1.0/state/statestore", Json($$"""[{"key":"cart","value":{"items":9},"etag":"{{etag.Trim('"')}}"}]"""));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("ERR_STATE_SAVE", (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errorCode").GetString());
        Assert.Equal(3, (await _http.GetFromJsonAsync<JsonElement>("v1.0/state/statestore/cart")).GetProperty("items").GetInt32());

        var delete = await _http.DeleteAsync("v1.0/state/statestore/cart");
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _http.GetAsync("v1.0/state/statestore/cart")).StatusCode);
    }

    [Fact]
    public async Task Bulk_get_and_transaction()
    {
        var tx = await _http.PostAsync("v1.0/state/statestore/transaction", Json("""
            {"operations":[{"operation":"upsert","request":{"key":"a","value":"one"}},{"operation":"upsert","request":{"key":"b","value":2}}]}
            """));
        Assert.Equal(HttpStatusCode.NoContent, tx.StatusCode);

        var bulk = await (await _http.PostAsync("v1.0/state/statestore/bulk", Json("""{"keys":["a","b","missing"]}"""))).Content.ReadFromJsonAsync<JsonElement>();
        var items = bulk.EnumerateArray().ToDictionary(i => i.GetProperty("key").GetString()!);
        Assert.Equal("one", items["a"].GetProperty("data").GetString());
        Assert.Equal(2, items["b"].GetProperty("data").GetInt32());
        Assert.False(items["missing"].TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Unknown_store_and_unsupported_apis_answer_in_daprs_error_shape()
    {
        var unknown = await _http.GetAsync("v1.0/state/nope/key");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("ERR_STATE_STORE_NOT_FOUND", (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errorCode").GetString());

        var bindings = await _http.PostAsync("v1.0/bindings/mail", Json("{}"));
        Assert.Equal(HttpStatusCode.NotImplemented, bindings.StatusCode);
        Assert.Equal("ERR_NOT_SUPPORTED", (await bindings.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errorCode").GetString());

        var publish = await _http.PostAsync("v1.0/publish/pubsub/topic", Json("{}"));
        Assert.Equal("ERR_PUBSUB_NOT_CONFIGURED", (await publish.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errorCode").GetString());

        var malformed = await _http.PostAsync("v1.0/state/statestore", Json("not json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    [Fact]
    public async Task Health_and_metadata_describe_the_sidecar_and_double_slashes_are_collapsed()
    {
        Assert.Equal(HttpStatusCode.NoContent, (await _http.GetAsync("v1.0/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _http.GetAsync(new Uri(_http.BaseAddress + "/v1.0/healthz/outbound"))).StatusCode);
        await _http.PutAsync("v1.0/metadata/owner", new StringContent("team-a"));
        var metadata = await _http.GetFromJsonAsync<JsonElement>("v1.0/metadata");
        Assert.Equal("app", metadata.GetProperty("id").GetString());
        Assert.Equal("team-a", metadata.GetProperty("extended").GetProperty("owner").GetString());
        Assert.Contains(metadata.GetProperty("components").EnumerateArray(), c => c.GetProperty("type").GetString() == "state.in-memory");
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");
}
