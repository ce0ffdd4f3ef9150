using System.Globalization;
using EndToEnd.Tests.Platform;
using LocalDapr.Configuration;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Bench.FlashSale;

/// <summary>
/// The order path of the platform on LocalDapr with Redis (dapr.yaml + components/*.yaml, as `dapr run -f .`):
/// gateway, identity (tokens) and inventory, started by the end-to-end tests' launcher against a redis-server of
/// its own. The apps' output goes to a log file.
/// </summary>
public sealed class PlatformUnderTest : IAsyncDisposable
{
    public static readonly string[] AppIds = ["gateway", "identity", "inventory"];

    /// <summary>The gateway's admission bucket for the bench: high enough never to answer 302.</summary>
    public const int AdmissionPerSecond = 1_000_000;

    private readonly StreamWriter _log;
    private readonly string _folder;

    private PlatformUnderTest(RedisServer redis, LocalPlatform platform, StreamWriter log, string folder)
    {
        Redis = redis;
        Platform = platform;
        _log = log;
        _folder = folder;
    }

    public RedisServer Redis { get; }

    public LocalPlatform Platform { get; }

    public string LogFile => Path.Combine(_folder, "apps.log");

    public static async Task<PlatformUnderTest> StartAsync()
    {
        var redis = await RedisServer.StartAsync();
        var components = PlatformComponents.CopyRedis(LocalPlatform.RepositoryRoot, redis.Endpoint);
        var folder = Path.GetDirectoryName(components)!;
        var log = new StreamWriter(Path.Combine(folder, "apps.log")) { AutoFlush = true };
        var platform = await LocalPlatform.StartAsync(components, app => Environment(app, folder), TextWriter.Synchronized(log), AppIds);
        foreach (var appId in AppIds) await platform.WaitUntilReadyAsync(appId, TimeSpan.FromSeconds(180));
        return new PlatformUnderTest(redis, platform, log, folder);
    }

    /// <summary>SQLite files in the run's folder; every plan and the flash-sale admission bucket out of the way (this measures throughput).</summary>
    private static Dictionary<string, string> Environment(AppDefinition app, string folder)
    {
        var result = new Dictionary<string, string>(app.Env);
        foreach (var key in app.Env.Keys.Where(k => k.StartsWith("ConnectionStrings__", StringComparison.Ordinal)))
            result[key] = $"Data Source={Path.Combine(folder, key["ConnectionStrings__".Length..].ToLowerInvariant() + ".db")}";
        if (app.AppId == "gateway")
        {
            foreach (var plan in new[] { "Guest", "Customer", "Premium", "Admin" })
            {
                result[$"RateLimits__{plan}__RequestsPerHour"] = "100000000";
                result[$"RateLimits__{plan}__Burst"] = "10000000";
            }

            result["FlashSale__Admission__Threshold"] = AdmissionPerSecond.ToString(CultureInfo.InvariantCulture);
            result["FlashSale__Admission__Burst"] = AdmissionPerSecond.ToString(CultureInfo.InvariantCulture);
        }

        return result;
    }

    public async ValueTask DisposeAsync()
    {
        await Platform.DisposeAsync();
        await Redis.DisposeAsync();
        await _log.DisposeAsync();
    }
}
