using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PurchasePlatform.TestSupport;

namespace LocalDapr.Tests.Runtime;

public sealed class ComponentScopeTests
{
    [Fact]
    public async Task A_scoped_component_is_loaded_only_for_the_apps_it_names()
    {
        var scoped = Yaml.InMemoryState("orderstore") + "\nscopes:\n- orders\n";
        await using var run = await TestRun.StartAsync(new Dictionary<string, string> { ["orderstore.yaml"] = scoped, ["shared.yaml"] = Yaml.InMemoryState("shared") },
            new Dictionary<string, int?> { ["orders"] = null, ["cart"] = null });

        using var orders = run.Http("orders");
        using var cart = run.Http("cart");
        Assert.Equal(HttpStatusCode.NoContent, (await orders.GetAsync("v1.0/state/orderstore/k")).StatusCode);
        var refused = await cart.GetAsync("v1.0/state/orderstore/k");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("ERR_STATE_STORE_NOT_FOUND", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errorCode").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await cart.GetAsync("v1.0/state/shared/k")).StatusCode);
    }
}
