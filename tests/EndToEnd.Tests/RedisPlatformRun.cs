using EndToEnd.Tests.Platform;
using LocalDapr.Configuration;
using PurchasePlatform.TestSupport;

namespace EndToEnd.Tests;

/// <summary>
/// The whole platform as `dapr run -f .` runs it — dapr.yaml with components/*.yaml: Redis state (the actor state
/// store too), Redis Streams pub/sub, local-file secrets — on LocalDapr, against a redis-server of its own, on free
/// ports.
/// </summary>
public sealed class RedisPlatformRun : IAsyncLifetime
{
    /// <summary>
    /// The flash sale's token bucket for the test: low enough that 2,000 orders at once meet 302s, high enough that
    /// a client waiting a moment and retrying gets through.
    /// </summary>
    public const int AdmissionPerSecond = 60;

    private readonly StringWriter _output = new();
    private RedisServer? _redis;
    private LocalPlatform? _platform;
    private string? _resources;

    public LocalPlatform Platform => _platform ?? throw new InvalidOperationException("not started");

    public RedisServer Redis => _redis ?? throw new InvalidOperationException("not started");

    public string Output => _output.ToString();

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        _resources = PlatformComponents.CopyRedis(LocalPlatform.RepositoryRoot, _redis.Endpoint);
        _platform = await LocalPlatform.StartAsync(_resources, app => ForTests(app, Path.GetDirectoryName(_resources)!), TextWriter.Synchronized(_output));
    }

    public async Task DisposeAsync()
    {
        if (_platform is not null) await _platform.DisposeAsync();
        if (_redis is not null) await _redis.DisposeAsync();
        if (_resources is not null) Directory.Delete(Path.GetDirectoryName(_resources)!, recursive: true);
    }

    /// <summary>
    /// <see cref="PlatformRun.ForTests"/>, plus: every plan raised (500 customers and their retries come from one
    /// machine; the plans are tested in Gateway.Tests) and the flash sale's admission bucket set for the test.
    /// </summary>
    private static Dictionary<string, string> ForTests(AppDefinition app, string folder)
    {
        var result = PlatformRun.ForTests(app, folder);
        if (app.AppId == "gateway")
        {
            foreach (var plan in new[] { "Guest", "Customer", "Premium", "Admin" })
            {
                result[$"RateLimits__{plan}__RequestsPerHour"] = "10000000";
                result[$"RateLimits__{plan}__Burst"] = "1000000";
            }

            result["FlashSale__Admission__Window"] = "00:00:01";
            result["FlashSale__Admission__Threshold"] = AdmissionPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture);
            result["FlashSale__Admission__Burst"] = AdmissionPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (app.AppId == "inventory") result["Inventory__Shards__PerProduct"] = "4";
        return result;
    }
}
