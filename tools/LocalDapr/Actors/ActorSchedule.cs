using System.Globalization;
using System.Text.RegularExpressions;
using LocalDapr.Components;

namespace LocalDapr.Actors;

/// <summary>
/// When a reminder or timer fires: its first time, its period (null: once), how many times in all (null: no
/// limit) and when it expires. Accepts what daprd accepts: ISO 8601 durations and repetitions (<c>PT5S</c>,
/// <c>R3/PT1S</c>), Go durations (<c>5s</c>), the .NET SDK's <c>0h0m5s0ms</c> and RFC3339 times.
/// </summary>
public sealed partial record ActorSchedule(DateTimeOffset FirstFire, TimeSpan? Period, int? Repetitions, DateTimeOffset? ExpiresAt)
{
    public static ActorSchedule Parse(string? dueTime, string? period, string? ttl, DateTimeOffset now)
    {
        var first = string.IsNullOrEmpty(dueTime) ? now : ParseTimeOrDelay(dueTime, now, "dueTime");
        TimeSpan? interval = null;
        int? repetitions = null;
        if (!string.IsNullOrEmpty(period))
        {
            (interval, repetitions) = ParsePeriod(period);
        }

        DateTimeOffset? expires = string.IsNullOrEmpty(ttl) ? null : ParseTimeOrDelay(ttl, first, "ttl");
        if (expires is { } e && e < now) throw new FormatException($"ttl '{ttl}' is in the past");
        return new ActorSchedule(first, interval, repetitions, expires);
    }

    private static DateTimeOffset ParseTimeOrDelay(string text, DateTimeOffset from, string field)
    {
        if (TryParseDuration(text, out var delay)) return from + delay;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)) return at;
        throw new FormatException($"{field} '{text}' is neither a duration nor an RFC3339 time");
    }

    private static (TimeSpan Period, int? Repetitions) ParsePeriod(string text)
    {
        var match = Repeating().Match(text);
        if (match.Success)
        {
            var count = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
            if (!TryParseIso(match.Groups["d"].Value, out var every)) throw new FormatException($"period '{text}' has an invalid duration");
            if (count <= 0) throw new FormatException($"period '{text}' must repeat at least once");
            return (every, count);
        }

        if (TryParseDuration(text, out var interval) && interval > TimeSpan.Zero) return (interval, null);
        throw new FormatException($"period '{text}' is not a valid duration");
    }

    public static bool TryParseDuration(string text, out TimeSpan value) =>
        TryParseIso(text, out value) || (!double.TryParse(text, CultureInfo.InvariantCulture, out _) && Durations.TryParse(text, out value));

    private static bool TryParseIso(string text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        var match = Iso().Match(text);
        if (!match.Success || text is "P" or "PT" || text.EndsWith('T')) return false;
        double Part(string name) => match.Groups[name].Success ? double.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        value = TimeSpan.FromDays(Part("y") * 365 + Part("mo") * 30 + Part("w") * 7 + Part("d"))
                + TimeSpan.FromHours(Part("h")) + TimeSpan.FromMinutes(Part("mi")) + TimeSpan.FromSeconds(Part("s"));
        return true;
    }

    [GeneratedRegex(@"^R(?<n>\d+)/(?<d>P.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Repeating();

    [GeneratedRegex(@"^P((?<y>\d+)Y)?((?<mo>\d+)M)?((?<w>\d+)W)?((?<d>\d+)D)?(T((?<h>\d+)H)?((?<mi>\d+)M)?((?<s>\d+(\.\d+)?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();
}
