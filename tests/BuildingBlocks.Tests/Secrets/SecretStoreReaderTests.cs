using Dapr;
using Dapr.Client;
using Grpc.Core;
using Moq;
using PurchasePlatform.BuildingBlocks.Secrets;

namespace PurchasePlatform.BuildingBlocks.Tests.Secrets;

public sealed class SecretStoreReaderTests
{
    private readonly Mock<DaprClient> dapr = new();

    [Fact]
    public async Task The_value_under_the_key_is_preferred_to_others_the_store_returns()
    {
        Answer("app:key", new Dictionary<string, string> { ["other"] = "b", ["app:key"] = "a" });

        Assert.Equal("a", await Reader().GetOptionalAsync("app:key", CancellationToken.None));
    }

    [Fact]
    public async Task A_store_that_names_the_value_otherwise_gives_its_first_value()
    {
        Answer("app:key", new Dictionary<string, string> { ["value"] = "a" });

        Assert.Equal("a", await Reader().GetOptionalAsync("app:key", CancellationToken.None));
    }

    [Fact]
    public async Task An_empty_secret_counts_as_missing()
    {
        Answer("app:key", new Dictionary<string, string> { ["app:key"] = "" });

        Assert.Null(await Reader().GetOptionalAsync("app:key", CancellationToken.None));
    }

    [Fact]
    public async Task A_key_the_store_does_not_have_is_null()
    {
        Fail("app:key", StatusCode.Internal);

        Assert.Null(await Reader().GetOptionalAsync("app:key", CancellationToken.None));
    }

    [Fact]
    public async Task An_unreachable_sidecar_is_an_error_not_a_missing_key()
    {
        Fail("app:key", StatusCode.Unavailable);

        await Assert.ThrowsAsync<DaprException>(() => Reader().GetOptionalAsync("app:key", CancellationToken.None));
    }

    private SecretStoreReader Reader() => new(dapr.Object, "store");

    private void Answer(string key, Dictionary<string, string> values) =>
        dapr.Setup(d => d.GetSecretAsync("store", key, It.IsAny<IReadOnlyDictionary<string, string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(values);

    private void Fail(string key, StatusCode status) =>
        dapr.Setup(d => d.GetSecretAsync("store", key, It.IsAny<IReadOnlyDictionary<string, string>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new DaprException("secret", new RpcException(new Status(status, "ERR"))));
}
