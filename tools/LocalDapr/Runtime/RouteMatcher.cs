using System.Text.Json;
using System.Text.RegularExpressions;

namespace LocalDapr.Runtime;

/// <summary>
/// Evaluates pub/sub routing rules. Dapr uses CEL; LocalDapr supports the subset that routing examples use:
/// comparisons <c>event.attr == "value"</c> / <c>!=</c> joined by <c>&amp;&amp;</c> or <c>||</c> (&amp;&amp; binds tighter).
/// </summary>
public static partial class RouteMatcher
{
    [GeneratedRegex("""^\s*event\.(?<attr>[A-Za-z0-9_.]+)\s*(?<op>==|!=)\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?<value>-?\d+(?:\.\d+)?|true|false))\s*$""")]
    private static partial Regex Comparison();

    public static bool IsSupported(string expression) =>
        expression.Split("||").SelectMany(part => part.Split("&&")).All(c => Comparison().IsMatch(c));

    public static bool Matches(string expression, JsonElement cloudEvent) =>
        expression.Split("||").Any(any => any.Split("&&").All(c => Evaluate(c, cloudEvent)));

    private static bool Evaluate(string comparison, JsonElement cloudEvent)
    {
        var match = Comparison().Match(comparison);
        if (!match.Success) return false;
        var actual = Lookup(cloudEvent, match.Groups["attr"].Value);
        var equal = actual is not null && actual == match.Groups["value"].Value;
        return match.Groups["op"].Value == "==" ? equal : !equal;
    }

    private static string? Lookup(JsonElement element, string path)
    {
        var current = element;
        foreach (var segment in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(segment, out current)) return null;
        }

        return current.ValueKind switch
        {
            JsonValueKind.String => current.GetString(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Number => current.GetRawText(),
            _ => null,
        };
    }
}
