using EndToEnd.Tests.Platform;
using LocalDapr.Configuration;
using LocalDapr.Hosting;

namespace EndToEnd.Tests;

/// <summary>
/// The whole platform as `tools/start.sh` runs it — the repository's dapr.yaml on components/embedded — but on free
/// ports, each service started from its build output of the same configuration as these tests, and its state
/// file in a temporary folder.
/// </summary>
public sealed class PlatformRun : IAsyncLifetime
{
    private readonly StringWriter _output = new();
    private LocalPlatform? _platform;
    private string _resources = null!;

    public static string RepositoryRoot => LocalPlatform.RepositoryRoot;

    public LocalPlatform Platform => _platform ?? throw new InvalidOperationException("not started");

    public SidecarHost Host => Platform.Host;

    public string Output => _output.ToString();

    /// <summary>The gateway's public address, as a client sees it.</summary>
    public HttpClient Gateway() => new() { BaseAddress = Platform.GatewayAddress };

    /// <summary>The gateway's Dapr sidecar, for calling services' internal routes by invocation.</summary>
    public HttpClient GatewaySidecar() => new() { BaseAddress = Platform.GatewaySidecarAddress };

    /// <summary>Waits until the app answers /readyz through the gateway's sidecar (the apps start in parallel).</summary>
    public Task WaitUntilReadyAsync(string appId) => Platform.WaitUntilReadyAsync(appId);

    public async Task InitializeAsync()
    {
        _resources = PlatformComponents.CopyEmbedded(RepositoryRoot);
        _platform = await LocalPlatform.StartAsync(_resources, app => ForTests(app, Path.GetDirectoryName(_resources)!), TextWriter.Synchronized(_output));
    }

    public async Task DisposeAsync()
    {
        if (_platform is not null) await _platform.DisposeAsync();
        Directory.Delete(Path.GetDirectoryName(_resources)!, recursive: true);
    }

    /// <summary>
    /// Services' SQLite files go to the run's temporary folder, not into the repository; every test client is the
    /// same loopback guest, so the gateway's guest plan is raised (the plans themselves are tested in Gateway.Tests);
    /// Identity hashes passwords with far fewer PBKDF2 iterations, because the runs register hundreds of customers;
    /// Payments' circuit breaker stays open 2 s instead of 30 s; Cart has one more coupon, <see cref="ExhaustibleCoupon"/>; Notifications may
    /// deliver webhooks to loopback over http.
    /// </summary>
    /// <summary>A coupon that exists only in test runs and that one checkout uses up for everybody.</summary>
    public const string ExhaustibleCoupon = "E2EONCE";

    public static Dictionary<string, string> ForTests(AppDefinition app, string folder)
    {
        var result = new Dictionary<string, string>(app.Env);
        foreach (var key in app.Env.Keys.Where(k => k.StartsWith("ConnectionStrings__", StringComparison.Ordinal)))
            result[key] = $"Data Source={Path.Combine(folder, key["ConnectionStrings__".Length..].ToLowerInvariant() + ".db")}";
        if (app.AppId == "gateway")
        {
            result["RateLimits__Guest__RequestsPerHour"] = "100000";
            result["RateLimits__Guest__Burst"] = "10000";
        }

        if (app.AppId == "identity") result["Identity__PasswordHashing__IterationCount"] = "1000";
        if (app.AppId == "notifications")
        {
            // The tests' webhook receivers listen on loopback over http; deliveries are looked for every 200 ms.
            result["Webhooks__AllowInsecureUrls"] = "true";
            result["Webhooks__AllowPrivateNetworks"] = "true";
            result["Webhooks__Delivery__PollInterval"] = "00:00:00.200";
            result["Notifications__Delivery__PollInterval"] = "00:00:00.200";
        }

        if (app.AppId == "cart")
        {
            // A coupon only one checkout may use, after the five of appsettings.json (whose limits are in the thousands).
            foreach (var (name, value) in new[] { ("Code", ExhaustibleCoupon), ("Type", "fixed"), ("Value", "5"), ("MinimumSubtotal", "0"),
                         ("ExpiresAt", "2099-12-31T23:59:59Z"), ("MaxUses", "1") })
                result[$"Cart__Coupons__5__{name}"] = value;
        }

        // A test that hangs the card provider opens the breaker; other tests should not wait out the 30 s default.
        if (app.AppId == "payments") result["Payments__Provider__BreakDuration"] = "00:00:02";

        return result;
    }
}
