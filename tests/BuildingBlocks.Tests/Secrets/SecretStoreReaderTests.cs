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
    public async Task The_address_names_the_secret_asked_for_and_the_key_read_from_its_answer()
    {
        Answer("app", new Dictionary<string, string> { ["other"] = "b", ["key"] = "a" });

        Assert.Equal("a", await Reader().GetOptionalAsync("app:key", CancellationToken.None));
    }

    [Fact]
    public async Task A_secret_without_the_key_gives_null_never_another_keys_value()
    {
        Answer("app", new Dictionary<string, string> { ["other"] = "b" });

        Assert.Null(await Reader().GetOptionalAsync("app:key", CancellationToken.None));
    }

    [Fact]
    public async Task An_empty_value_counts_as_missing()
    {
        Answer("app", new Dictionary<string, string> { ["key"] = "" });

        Assert.Null(await Reader().GetOptionalAsync("app:key", CancellationToken.None));
    }

    [Fact]
    public async Task A_secret_the_store_does_not_have_is_null()
    {
        Fail("app", StatusCode.Internal);

        Assert.Null(await Reader().GetOptionalAsync("app:key", CancellationToken.None));
    }

    [Fact]
    public async Task An_unreachable_sidecar_is_an_error_not_a_missing_key()
    {
        Fail("app", StatusCode.Unavailable);

        await Assert.ThrowsAsync<DaprException>(() => Reader().GetOptionalAsync("app:key", CancellationToken.None));
    }

    [Theory]
    [InlineData("no-separator")]
    [InlineData(":key")]
    [InlineData("app:")]
    [InlineData("App:key")]
    [InlineData("app:clients:orchestrator")]
    [InlineData("app_x:key")]
    public async Task An_address_Kubernetes_could_not_hold_is_refused_before_asking(string address)
    {
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => Reader().GetOptionalAsync(address, CancellationToken.None));

        Assert.Contains(address, refused.Message);
        dapr.VerifyNoOtherCalls();
    }

    private SecretStoreReader Reader() => new(dapr.Object, "store");

    private void Answer(string secret, Dictionary<string, string> values) =>
        dapr.Setup(d => d.GetSecretAsync("store", secret, It.IsAny<IReadOnlyDictionary<string, string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(values);

    private void Fail(string secret, StatusCode status) =>
        dapr.Setup(d => d.GetSecretAsync("store", secret, It.IsAny<IReadOnlyDictionary<string, string>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new DaprException("secret", new RpcException(new Status(status, "ERR"))));
}
