using Grpc.Core;

namespace LocalDapr.Tests.Grpc;

public sealed class GrpcApiTokenTests : GrpcSidecarTest
{
    private const string Token = "s3cret-token";

    protected override string? ApiToken => Token;

    [Fact]
    public async Task A_client_sending_the_token_is_served()
    {
        await Client.SaveStateAsync(GrpcSidecarHost.StateStore, "k", "v");

        Assert.Equal("v", await Client.GetStateAsync<string>(GrpcSidecarHost.StateStore, "k"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-token")]
    public async Task A_client_without_the_right_token_is_unauthenticated(string? token)
    {
        var client = Host.CreateClient(token);

        var error = await ThrowsRpcAsync(() => client.GetStateAsync<string>(GrpcSidecarHost.StateStore, "k"));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public async Task The_token_is_checked_before_an_unsupported_method_is_refused()
    {
        var client = Host.CreateClient(apiToken: null);

        var error = await ThrowsRpcAsync(() => client.InvokeBindingAsync("smtp", "create", "hello"));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }
}
