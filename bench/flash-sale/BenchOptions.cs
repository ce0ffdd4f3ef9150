using System.Globalization;

namespace PurchasePlatform.Bench.FlashSale;

/// <summary>The bench's command line: <c>[--clients N] [--orders N] [--products N] [--warmup N]</c>.</summary>
public sealed record BenchOptions(int Clients, int Orders, int Products, int Warmup)
{
    public const string Usage = "usage: FlashSaleBench [--clients 64] [--orders 4000] [--products 50] [--warmup 500]\n" +
                                "       (every scenario sends --orders orders through --clients concurrent clients; stock = half the orders)";

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions(Clients: 64, Orders: 4000, Products: 50, Warmup: 500);
        for (var i = 0; i < args.Count; i++)
        {
            int Next() => i + 1 < args.Count && int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                ? n
                : throw new ArgumentException($"{args[i - 1]} needs a positive whole number\n{Usage}");
            options = args[i] switch
            {
                "--clients" => options with { Clients = Next() },
                "--orders" => options with { Orders = Next() },
                "--products" => options with { Products = Next() },
                "--warmup" => options with { Warmup = Next() },
                _ => throw new ArgumentException($"unknown argument {args[i]}\n{Usage}"),
            };
        }

        return options;
    }
}
