namespace LocalDapr.Tests.Grpc;

public sealed class GrpcMetadataTests : GrpcSidecarTest
{
    [Fact]
    public async Task Metadata_names_the_app_and_its_components()
    {
        var metadata = await Client.GetMetadataAsync();

        Assert.Equal(GrpcSidecarHost.AppId, metadata.Id);
        Assert.Equal(
            [("pubsub", "pubsub.in-memory", "v1"), ("secretstore", "secretstores.local.file", "v1"), ("statestore", "state.in-memory", "v1")],
            metadata.Components.Select(c => (c.Name, c.Type, c.Version)).Order());
    }

    [Fact]
    public async Task An_attribute_set_through_the_api_shows_in_the_extended_metadata()
    {
        await Client.SetMetadataAsync("team", "payments");

        var metadata = await Client.GetMetadataAsync();

        Assert.Equal("payments", metadata.Extended["team"]);
    }

    [Fact]
    public async Task Shutdown_answers_and_then_stops_the_host()
    {
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Host.ApplicationStopping.Register(() => stopping.TrySetResult());

        await Client.ShutdownSidecarAsync();

        await stopping.Task.WaitAsync(TimeSpan.FromSeconds(20));
    }
}
