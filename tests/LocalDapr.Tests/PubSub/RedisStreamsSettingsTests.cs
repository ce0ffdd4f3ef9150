using LocalDapr.Components;
using LocalDapr.PubSub;

namespace LocalDapr.Tests.PubSub;

public sealed class RedisStreamsSettingsTests
{
    private static ComponentSpec Spec(Dictionary<string, string> metadata) =>
        new("pubsub", "pubsub.redis", "v1", metadata, [], "/resources/pubsub.yaml");

    [Fact]
    public void Defaults_are_those_of_components_contrib()
    {
        var settings = RedisStreamsSettings.From(Spec(new() { ["redisHost"] = "localhost:6379" }));

        Assert.Equal(TimeSpan.FromSeconds(60), settings.ProcessingTimeout);
        Assert.Equal(TimeSpan.FromSeconds(15), settings.RedeliverInterval);
        Assert.Equal(100, settings.QueueDepth);
        Assert.Equal(10, settings.Concurrency);
        Assert.Equal(0, settings.MaxLenApprox);
        Assert.Equal(0, settings.Client.DefaultDatabase);
    }

    [Theory]
    [InlineData("1500", 1500)]
    [InlineData("2s", 2000)]
    [InlineData("250ms", 250)]
    [InlineData("0", 0)]
    public void ProcessingTimeout_takes_durations_and_reads_a_bare_number_as_milliseconds_like_daprd(string value, int expectedMs)
    {
        var settings = RedisStreamsSettings.From(Spec(new() { ["redisHost"] = "localhost", ["processingTimeout"] = value, ["redeliverInterval"] = value }));

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), settings.ProcessingTimeout);
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), settings.RedeliverInterval);
        Assert.Equal(expectedMs > 0, settings.RedeliveryEnabled);
    }

    [Fact]
    public void A_missing_redis_host_is_a_configuration_error_naming_file_and_field()
    {
        var error = Assert.Throws<ComponentConfigurationException>(() => RedisStreamsSettings.From(Spec([])));

        Assert.Equal("/resources/pubsub.yaml", error.File);
        Assert.Equal("spec.metadata.redisHost", error.Field);
    }

    [Theory]
    [InlineData("concurrency", "0")]
    [InlineData("queueDepth", "-1")]
    [InlineData("processingTimeout", "soon")]
    [InlineData("maxLenApprox", "lots")]
    [InlineData("redisDB", "-2")]
    public void An_invalid_value_is_a_configuration_error_naming_the_field(string field, string value)
    {
        var error = Assert.Throws<ComponentConfigurationException>(() =>
            RedisStreamsSettings.From(Spec(new() { ["redisHost"] = "localhost", [field] = value })));

        Assert.Equal($"spec.metadata.{field}", error.Field);
    }
}
