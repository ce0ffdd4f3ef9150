using System.Globalization;
using System.Net.Http.Json;
using EndToEnd.Tests.Platform;
using PurchasePlatform.Bench.FlashSale;

if (args.Length == 2 && args[0] == BareEndpoint.Argument)
{
    await BareEndpoint.RunAsync(int.Parse(args[1], CultureInfo.InvariantCulture));
    return 0;
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

Console.WriteLine($"flash-sale bench: {options.Clients} concurrent clients, {options.Orders} orders per scenario (stock = half), " +
                  $"{options.Products} products in the many-products scenario, {options.Warmup} warm-up orders; {Environment.ProcessorCount} cores");
Console.WriteLine($"NOTE: the gateway's flash-sale admission bucket is raised to {PlatformUnderTest.AdmissionPerSecond:N0}/s and every rate-limit plan " +
                  "is raised: this measures order throughput, not the 302 waiting-room path.");

await using var platform = await PlatformUnderTest.StartAsync();
Console.WriteLine($"platform up on LocalDapr + Redis ({string.Join(", ", PlatformUnderTest.AppIds)}); app output: {platform.LogFile}");
using var gateway = FlashSaleOrders.Client(platform.Platform.GatewayAddress, options.Clients);
var admin = await PlatformAccounts.AdminTokenAsync(gateway);
var customers = await PlatformAccounts.RegisterCustomersAsync(gateway, Math.Min(options.Clients, 200), parallelism: 8);
var run = Guid.NewGuid().ToString("N")[..6];

async Task<(LoadResult Result, long Oversold, long Sold)> OnPlatformAsync(string name, int productCount, int orders)
{
    var products = Enumerable.Range(0, productCount).Select(i => $"{name}-{run}-{i}").ToList();
    var stockEach = Math.Max(1, orders / 2 / productCount);
    foreach (var product in products)
    {
        var init = await FlashSaleOrders.InitAsync(gateway, admin, product, stockEach);
        if (!init.IsSuccessStatusCode) throw new InvalidOperationException($"POST /init {product}: {(int)init.StatusCode} {await init.Content.ReadAsStringAsync()}");
    }

    var result = await LoadDriver.RunAsync(name, gateway, options.Clients, LoadDriver.Plan(orders, customers, products));
    long sold = 0, oversold = 0;
    foreach (var product in products)
    {
        var stock = await FlashSaleOrders.StockAsync(gateway, product);
        var productSold = stock.GetProperty("sold").GetInt64();
        sold += productSold;
        oversold += Math.Max(0, productSold - stockEach);
    }

    return (result, oversold, sold);
}

await using var bare = await BareEndpointProcess.StartAsync();
using var bareClient = FlashSaleOrders.Client(bare.Address, options.Clients);

async Task<(LoadResult Result, long Oversold, long Sold)> OnBareAsync(string name, int productCount, int orders)
{
    var products = Enumerable.Range(0, productCount).Select(i => $"{name}-{run}-{i}").ToList();
    var stockEach = Math.Max(1, orders / 2 / productCount);
    foreach (var product in products) (await bareClient.PostAsJsonAsync("init", new { productId = product, quantity = stockEach })).EnsureSuccessStatusCode();
    var result = await LoadDriver.RunAsync(name, bareClient, options.Clients, LoadDriver.Plan(orders, customers, products));
    return (result, Math.Max(0, result.Accepted - (long)stockEach * productCount), result.Accepted);
}

Console.WriteLine("warming up (not measured)...");
await OnPlatformAsync("warmup", 1, options.Warmup);
await OnBareAsync("bare-warmup", 1, options.Warmup);

var rows = new List<(string Scenario, (LoadResult Result, long Oversold, long Sold) Platform, (LoadResult Result, long Oversold, long Sold) Bare)>();
foreach (var (scenario, productCount) in new[] { ("hot product", 1), ($"{options.Products} products", options.Products) })
{
    Console.WriteLine($"running: {scenario}...");
    var onPlatform = await OnPlatformAsync(scenario.Replace(' ', '-'), productCount, options.Orders);
    var onBare = await OnBareAsync("bare-" + scenario.Replace(' ', '-'), productCount, options.Orders);
    rows.Add((scenario, onPlatform, onBare));
}

Console.WriteLine();
Console.WriteLine($"{"scenario",-26}{"orders/s",10}{"p50 ms",9}{"p99 ms",9}{"vs bare",9}{"accepted",10}{"sold",7}{"oversold",10}  answers");
foreach (var (scenario, onPlatform, onBare) in rows)
{
    foreach (var (label, (result, oversold, sold), ratio) in new[]
             {
                 ($"{scenario} (platform)", onPlatform, $"{onPlatform.Result.OrdersPerSecond / onBare.Result.OrdersPerSecond:0.000}x"),
                 ($"{scenario} (bare)", onBare, "1x"),
             })
    {
        Console.WriteLine($"{label,-26}{result.OrdersPerSecond,10:0}{result.Percentile(0.50),9:0.0}{result.Percentile(0.99),9:0.0}{ratio,9}" +
                          $"{result.Accepted,10}{sold,7}{oversold,10}  {string.Join(", ", result.Answers.OrderBy(a => a.Key).Select(a => $"{a.Key}: {a.Value}"))}");
    }
}

Console.WriteLine();
Console.WriteLine("peak memory (VmHWM):");
var processes = PlatformUnderTest.AppIds.Select(id => (Name: id, Pid: platform.Platform.ProcessId(id)))
    .Append(("redis-server", PeakMemory.RedisServerOn(platform.Redis.Port)))
    .Append(("bench (LocalDapr sidecars + load clients)", Environment.ProcessId))
    .Append(("bare endpoint", bare.ProcessId));
foreach (var (name, pid) in processes)
{
    var kilobytes = pid is { } id ? PeakMemory.KilobytesOf(id) : null;
    Console.WriteLine($"  {name,-44}{(kilobytes is { } kb ? $"{kb / 1024.0,8:0.0} MiB" : "       ?"),12}  (pid {pid?.ToString(CultureInfo.InvariantCulture) ?? "?"})");
}

var totalOversold = rows.Sum(r => r.Platform.Oversold + r.Bare.Oversold);
Console.WriteLine(totalOversold == 0 ? "oversold units: 0" : $"OVERSOLD UNITS: {totalOversold}");
return totalOversold == 0 ? 0 : 1;
