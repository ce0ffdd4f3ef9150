using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace PurchasePlatform.Notifications.Webhooks;

/// <summary>Seed 003's webhook body: <c>{"id":"evt_…","type":…,"createdAt":…,"data":{"object":{…}}}</c>.</summary>
public static class WebhookPayload
{
    /// <summary>The same platform event for the same webhook always gets the same id, which receivers de-duplicate by.</summary>
    public static string IdFor(string platformEventId, string webhookId) =>
        "evt_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(platformEventId + "\n" + webhookId)))[..32];

    public static string Serialize(string id, WebhookEvent webhookEvent, DateTimeOffset occurredAt) => new JsonObject
    {
        ["id"] = id,
        ["type"] = webhookEvent.Type,
        ["createdAt"] = occurredAt.UtcDateTime,
        ["data"] = new JsonObject { ["object"] = webhookEvent.Object.DeepClone() },
    }.ToJsonString();
}
