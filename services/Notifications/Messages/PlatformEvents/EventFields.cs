using System.Globalization;
using System.Text.Json;

namespace PurchasePlatform.Notifications.Messages.PlatformEvents;

/// <summary>Lenient reads of event payload fields: a missing or mistyped field is null, never an exception.</summary>
internal static class EventFields
{
    public static JsonElement? Object(this JsonElement payload, string name) =>
        payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    public static string? Text(this JsonElement? payload, string name) =>
        payload is { ValueKind: JsonValueKind.Object } json && json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static string? Text(this JsonElement payload, string name) => ((JsonElement?)payload).Text(name);

    /// <summary>A number (or a numeric string) as an invariant decimal with two places, e.g. "863.98".</summary>
    public static string? Amount(this JsonElement? payload, string name)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } json || !json.TryGetProperty(name, out var value))
        {
            return null;
        }

        decimal? amount = value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetDecimal(out var number) => number,
            JsonValueKind.String when decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) => number,
            _ => null,
        };
        return amount?.ToString("0.00", CultureInfo.InvariantCulture);
    }

    /// <summary>The platform user id in <c>user_id</c> (a GUID, as a string in every producer's events).</summary>
    public static Guid? UserId(this JsonElement payload) => Guid.TryParse(payload.Text("user_id"), out var id) ? id : null;

    /// <summary>An order id in the form the order events use ("D" GUIDs), whatever form Payments received it in.</summary>
    public static string? OrderId(this JsonElement payload) =>
        payload.Text("order_id") is { Length: > 0 } text ? Guid.TryParse(text, out var id) ? id.ToString("D") : text : null;
}
