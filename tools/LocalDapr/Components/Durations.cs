using System.Globalization;
using System.Text.RegularExpressions;

namespace LocalDapr.Components;

/// <summary>Parses the duration forms Dapr accepts: Go durations ("1h2m3.5s", "500ms"), the .NET SDK's "0h0m5s0ms", and plain seconds.</summary>
public static partial class Durations
{
    [GeneratedRegex(@"^(?<num>\d+(\.\d+)?)(?<unit>ns|us|µs|ms|s|m|h)", RegexOptions.CultureInvariant)]
    private static partial Regex GoSegment();

    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim();
        if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            value = TimeSpan.FromSeconds(seconds);
            return true;
        }

        var total = TimeSpan.Zero;
        var rest = s;
        while (rest.Length > 0)
        {
            var match = GoSegment().Match(rest);
            if (!match.Success) return false;
            var number = double.Parse(match.Groups["num"].Value, CultureInfo.InvariantCulture);
            total += match.Groups["unit"].Value switch
            {
                "h" => TimeSpan.FromHours(number),
                "m" => TimeSpan.FromMinutes(number),
                "s" => TimeSpan.FromSeconds(number),
                "ms" => TimeSpan.FromMilliseconds(number),
                "us" or "µs" => TimeSpan.FromMicroseconds(number),
                _ => TimeSpan.FromTicks((long)(number / 100)),
            };
            rest = rest[match.Length..];
        }

        value = total;
        return true;
    }
}
