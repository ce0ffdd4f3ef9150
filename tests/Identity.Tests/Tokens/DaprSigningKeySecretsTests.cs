using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using PurchasePlatform.Identity.Tokens;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Identity.Tests.Tokens;

/// <summary>The signing key read through a real Dapr sidecar from the local-file secret store, as in local runs.</summary>
public sealed class DaprSigningKeySecretsTests
{
    [Fact]
    public async Task Signing_key_is_read_from_the_Dapr_secret_store()
    {
        var pem = TestSigningKeys.NewPem();
        await using var store = await DaprSecretStore.StartAsync(
            LocalSecrets.Json(new Dictionary<string, string> { ["identity:signingKey"] = pem, ["identity:adminPassword"] = "x" }));
        await using var host = await TokenTestHost.StartAsync(secrets: null, store.AppSettings);

        var jwks = await host.Client.GetFromJsonAsync<JsonElement>("/.well-known/jwks.json");

        Assert.Equal([TestSigningKeys.ThumbprintOfPem(pem)], jwks.GetProperty("keys").EnumerateArray().Select(key => key.GetProperty("kid").GetString()));
    }

    [Fact]
    public async Task Nested_secrets_file_with_a_previous_key_publishes_both()
    {
        var current = TestSigningKeys.NewPem();
        var previous = TestSigningKeys.NewPem();
        var file = new JsonObject { ["identity"] = new JsonObject { ["signingKey"] = current, ["previousSigningKey"] = previous } };
        await using var store = await DaprSecretStore.StartAsync(file.ToJsonString());
        await using var host = await TokenTestHost.StartAsync(secrets: null, store.AppSettings);

        var keys = host.Keys.Keys;

        Assert.Equal(TestSigningKeys.ThumbprintOfPem(current), keys.Current.KeyId);
        Assert.Equal(TestSigningKeys.ThumbprintOfPem(previous), keys.Previous?.KeyId);
    }

    [Fact]
    public async Task Missing_secret_in_the_store_stops_start_up_naming_it()
    {
        await using var store = await DaprSecretStore.StartAsync("""{"cart":{"snapshotSecret":"x"}}""");
        await using var app = TokenTestHost.Build(secrets: null, store.AppSettings);

        var error = await Assert.ThrowsAsync<SigningKeyException>(() => app.StartAsync());

        Assert.Contains("'identity:signingKey'", error.Message);
        Assert.Contains("secret identity not found", error.Message);
    }

    [Fact]
    public async Task Missing_key_in_the_identity_secret_stops_start_up_naming_it()
    {
        await using var store = await DaprSecretStore.StartAsync("""{"identity":{"adminPassword":"x"}}""");
        await using var app = TokenTestHost.Build(secrets: null, store.AppSettings);

        var error = await Assert.ThrowsAsync<SigningKeyException>(() => app.StartAsync());

        Assert.Contains("'identity:signingKey'", error.Message);
        Assert.Contains("has no value 'signingKey'", error.Message);
    }
}
