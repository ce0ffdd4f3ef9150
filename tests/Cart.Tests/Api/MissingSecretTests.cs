using System.Net;
using PurchasePlatform.Cart.Tests.Infrastructure;

namespace PurchasePlatform.Cart.Tests.Api;

/// <summary>A secret store without <c>cart:snapshotSecret</c>: the cart works, snapshots cannot be signed.</summary>
public sealed class MissingSecretTests : IAsyncLifetime
{
    private readonly CartHostWithoutSecret host = new();

    public Task InitializeAsync() => host.InitializeAsync();

    public Task DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task Snapshots_are_503_and_carts_still_work()
    {
        var shopper = host.NewShopper();
        await shopper.AddedAsync(host.Catalog.Add("Item", 1000), 1);

        using var response = await shopper.SnapshotAsync();

        await response.ErrorAsync(HttpStatusCode.ServiceUnavailable, "SERVICE_UNAVAILABLE");
    }

    private sealed class CartHostWithoutSecret : CartTestHost
    {
        protected override Dictionary<string, string> Secrets => new() { ["other:secret"] = "x" };
    }
}
