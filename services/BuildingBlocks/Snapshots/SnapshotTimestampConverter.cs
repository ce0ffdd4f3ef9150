using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PurchasePlatform.BuildingBlocks.Snapshots;

/// <summary>Writes UTC with milliseconds ("2024-01-01T00:05:00.000Z", as seed 004 shows), so a snapshot read back signs the same.</summary>
public sealed class SnapshotTimestampConverter : JsonConverter<DateTimeOffset>
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture));
}
