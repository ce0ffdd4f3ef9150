using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PurchasePlatform.Notifications.Messages.Templates;

/// <summary>
/// Fills <c>{{key}}</c> placeholders from a JSON object: strings as they are, numbers and booleans as written, anything
/// else (missing, null, arrays, objects) as empty. Values go into HTML encoded, and onto one line in subjects.
/// </summary>
public static partial class TemplateRenderer
{
    public static RenderedMessage Render(NotificationTemplate template, JsonElement? data) => new(
        Fill(template.Subject, data, value => OneLine(value)),
        Fill(template.HtmlBody, data, WebUtility.HtmlEncode),
        Fill(template.SmsText, data, value => value));

    private static string Fill(string text, JsonElement? data, Func<string, string> encode) =>
        Placeholder().Replace(text, match => encode(ValueOf(data, match.Groups[1].Value)));

    private static string ValueOf(JsonElement? data, string key)
    {
        if (data is not { ValueKind: JsonValueKind.Object } values || !values.TryGetProperty(key, out var value))
        {
            return "";
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Number => value.TryGetDecimal(out var number) ? number.ToString(CultureInfo.InvariantCulture) : value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => "",
        };
    }

    private static string OneLine(string value) => value.ReplaceLineEndings(" ");

    [GeneratedRegex(@"\{\{\s*([A-Za-z0-9_]+)\s*\}\}")]
    private static partial Regex Placeholder();
}

public sealed record RenderedMessage(string Subject, string HtmlBody, string SmsText);
