using PurchasePlatform.Inventory.Domain;

namespace PurchasePlatform.Inventory.Tests.Stock;

public class OrderKeysTests
{
    [Fact]
    public void Flash_order_id_is_the_same_for_the_same_key_and_a_version_8_guid()
    {
        var id = OrderKeys.FlashOrderId("user-1", "p-1", "key-1");

        Assert.Equal(id, OrderKeys.FlashOrderId("user-1", "p-1", "key-1"));
        Assert.Equal(8, id.Version);
        Assert.Equal(0b10, id.Variant >> 2);
        // The documented derivation, so other tools can compute it.
        var hash = System.Security.Cryptography.SHA256.HashData("flash\nuser-1\np-1\nkey-1"u8.ToArray());
        Assert.Equal(Convert.ToHexString(hash[..6]), Convert.ToHexString(id.ToByteArray(bigEndian: true)[..6]));
    }

    [Theory]
    [InlineData("user-2", "p-1", "key-1")]
    [InlineData("user-1", "p-2", "key-1")]
    [InlineData("user-1", "p-1", "key-2")]
    [InlineData("user-1\np-1", "", "key-1")]
    public void Any_part_of_the_key_gives_another_order_id(string user, string product, string key) =>
        Assert.NotEqual(OrderKeys.FlashOrderId("user-1", "p-1", "key-1"), OrderKeys.FlashOrderId(user, product, key));

    [Fact]
    public void Walk_visits_every_shard_once_from_the_start()
    {
        Assert.Equal([2, 3, 0, 1], OrderKeys.Walk(2, 4));
        Assert.Equal([0], OrderKeys.Walk(0, 1));
    }

    [Fact]
    public void Start_shards_are_stable_and_spread_over_all_shards()
    {
        var starts = Enumerable.Range(0, 400).Select(i => OrderKeys.FlashStartShard("user", "p-1", $"k{i}", 4)).ToList();

        Assert.Equal(starts, Enumerable.Range(0, 400).Select(i => OrderKeys.FlashStartShard("user", "p-1", $"k{i}", 4)));
        Assert.All(Enumerable.Range(0, 4), shard => Assert.InRange(starts.Count(s => s == shard), 50, 150));
    }
}
