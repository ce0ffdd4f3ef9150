using Grpc.Core;

namespace LocalDapr.Tests.Grpc;

public sealed class GrpcSecretTests : GrpcSidecarTest
{
    private const string Store = GrpcSidecarHost.SecretStore;

    [Fact]
    public async Task A_nested_secret_is_read_by_its_flattened_name()
    {
        var secret = await Client.GetSecretAsync(Store, "db:password");

        Assert.Equal(new Dictionary<string, string> { ["db:password"] = "s3cret" }, secret);
    }

    [Fact]
    public async Task Bulk_get_returns_every_secret_of_the_store()
    {
        var secrets = await Client.GetBulkSecretAsync(Store);

        Assert.Equal("s3cret", secrets["db:password"]["db:password"]);
        Assert.Equal("k-123", secrets["apiKey"]["apiKey"]);
        Assert.Equal(2, secrets.Count);
    }

    [Fact]
    public async Task An_unknown_secret_store_answers_invalid_argument()
    {
        var error = await ThrowsRpcAsync(() => Client.GetSecretAsync("vault", "db:password"));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("ERR_SECRET_STORE_NOT_FOUND", ErrorReason(error));
    }

    [Fact]
    public async Task An_unknown_secret_answers_an_error_naming_it()
    {
        var error = await ThrowsRpcAsync(() => Client.GetSecretAsync(Store, "nope"));

        Assert.Equal(StatusCode.Internal, error.StatusCode);
        Assert.Equal("ERR_SECRET_GET", ErrorReason(error));
        Assert.Contains("nope", error.Status.Detail);
    }
}
