using System.Text.Json;
using StackExchange.Redis;

namespace LocalDapr.PubSub;

/// <summary>
/// The stream entry layout of components-contrib <c>pubsub/redis</c>: field <c>data</c> holds the payload and
/// field <c>metadata</c> a JSON object of the publish metadata, so daprd and LocalDapr can share a stream.
/// <c>contentType</c> is an extra field daprd ignores; entries without it are taken to be CloudEvents, which is what
/// daprd publishes.
/// </summary>
internal static class RedisStreamEntryFormat
{
    public const string DataField = "data";
    public const string MetadataField = "metadata";
    public const string ContentTypeField = "contentType";
    public const string DefaultContentType = "application/cloudevents+json";

    public static NameValueEntry[] Encode(PubSubMessage message)
    {
        var fields = new List<NameValueEntry>(3) { new(DataField, message.Data) };
        if (message.Metadata.Count > 0)
        {
            fields.Add(new NameValueEntry(MetadataField, JsonSerializer.Serialize(message.Metadata)));
        }

        if (!string.IsNullOrEmpty(message.ContentType))
        {
            fields.Add(new NameValueEntry(ContentTypeField, message.ContentType));
        }

        return fields.ToArray();
    }

    /// <param name="unreadableMetadata">Set when the metadata field is not a JSON object of strings; the message is still delivered.</param>
    public static PubSubMessage Decode(string topic, StreamEntry entry, out bool unreadableMetadata)
    {
        unreadableMetadata = false;
        byte[] data = [];
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        var contentType = DefaultContentType;
        foreach (var field in entry.Values)
        {
            if (field.Name == DataField)
            {
                data = field.Value.IsNull ? [] : (byte[])field.Value!;
            }
            else if (field.Name == MetadataField && !field.Value.IsNullOrEmpty)
            {
                try
                {
                    metadata = JsonSerializer.Deserialize<Dictionary<string, string>>((byte[])field.Value!) ?? metadata;
                }
                catch (JsonException)
                {
                    unreadableMetadata = true;
                }
            }
            else if (field.Name == ContentTypeField && !field.Value.IsNullOrEmpty)
            {
                contentType = field.Value.ToString();
            }
        }

        return new PubSubMessage(topic, data, contentType, metadata);
    }
}
