using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PurchasePlatform.BuildingBlocks.Snapshots;

/// <summary>
/// The canonical text of a JSON value, as RFC 8785 (JCS) writes it for the values snapshots hold: no whitespace,
/// object members sorted by their names' UTF-16 code units, strings escaped only where JSON requires it
/// (<c>\"</c>, <c>\\</c>, <c>\b \f \n \r \t</c>, other control characters as <c>\u00xx</c>), numbers as integers.
/// Numbers written with a fraction or exponent (even 100.0 or 1e2) are refused: money is integer cents, so the form never depends on
/// floating-point formatting.
/// </summary>
public static class CanonicalJson
{
    /// <exception cref="FormatException">the value holds a number that is not an integer.</exception>
    public static string Serialize(JsonNode? node)
    {
        var text = new StringBuilder();
        Write(node, text);
        return text.ToString();
    }

    private static void Write(JsonNode? node, StringBuilder text)
    {
        switch (node)
        {
            case null:
                text.Append("null");
                break;
            case JsonObject obj:
                WriteObject(obj, text);
                break;
            case JsonArray array:
                text.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0) text.Append(',');
                    Write(array[i], text);
                }

                text.Append(']');
                break;
            case JsonValue value:
                WriteValue(value, text);
                break;
        }
    }

    private static void WriteObject(JsonObject obj, StringBuilder text)
    {
        var members = obj.ToList();
        members.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        text.Append('{');
        for (var i = 0; i < members.Count; i++)
        {
            if (i > 0) text.Append(',');
            WriteString(members[i].Key, text);
            text.Append(':');
            Write(members[i].Value, text);
        }

        text.Append('}');
    }

    private static void WriteValue(JsonValue value, StringBuilder text)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                WriteString(value.GetValue<string>(), text);
                break;
            case JsonValueKind.True:
                text.Append("true");
                break;
            case JsonValueKind.False:
                text.Append("false");
                break;
            case JsonValueKind.Number:
                text.Append(Integer(value).ToString(CultureInfo.InvariantCulture));
                break;
            default:
                text.Append("null");
                break;
        }
    }

    private static long Integer(JsonValue value)
    {
        var raw = value.ToJsonString();
        if (long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }

        throw new FormatException($"Snapshot numbers must be integers; found {raw}");
    }

    private static void WriteString(string value, StringBuilder text)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case < ' ': text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: text.Append(c); break;
            }
        }

        text.Append('"');
    }
}
