using System.Net.Http.Headers;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.BuildingBlocks.Tests.Infrastructure;

/// <summary>
/// The test service (app id "testsvc", platform JWT defaults, no keys of its own) and a <see cref="FakeIdentity"/>
/// (app id "identity"), each behind a LocalDapr sidecar: the service can only learn keys by invoking identity.
/// </summary>
public sealed class IdentityBehindDapr : IAsyncLifetime, IAsyncDisposable
{
    private TestRun? sidecars;

    public FakeIdentity Identity { get; private set; } = null!;

    public TestApp Service { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Identity = await FakeIdentity.StartAsync();
        sidecars = await TestRun.StartAsync(new Dictionary<string, string>(), new Dictionary<string, int?> { [TestApp.ServiceName] = null, ["identity"] = Identity.Port });
        Service = await TestApp.StartAsync(
            new Dictionary<string, string?> { ["DAPR_HTTP_ENDPOINT"] = sidecars.HttpEndpoint(TestApp.ServiceName) },
            testSigningKey: false);
    }

    public Task<HttpResponseMessage> GetMeAsync(string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return Service.Client.SendAsync(request);
    }

    public async Task DisposeAsync()
    {
        await Service.DisposeAsync();
        if (sidecars is not null)
        {
            await sidecars.DisposeAsync();
        }

        await Identity.DisposeAsync();
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();
}
