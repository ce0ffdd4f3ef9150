using System.Globalization;
using Dapr.Actors;

namespace PurchasePlatform.Inventory.Actors;

/// <summary>Shard actor ids: "{productId}:{shardIndex}" (product ids never hold ':').</summary>
public static class ShardActorId
{
    public static ActorId For(string productId, int shard) => new($"{productId}:{shard.ToString(CultureInfo.InvariantCulture)}");

    public static (string ProductId, int Shard) Parse(ActorId id)
    {
        var text = id.GetId();
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var shard))
        {
            throw new ArgumentException($"'{text}' is not a stock shard id ({{productId}}:{{shard}}).", nameof(id));
        }

        return (text[..colon], shard);
    }
}
