using PurchasePlatform.BuildingBlocks.Identifiers;

namespace PurchasePlatform.BuildingBlocks.Tests.Identifiers;

public sealed class DeterministicGuidTests
{
    [Fact]
    public void The_same_name_always_gives_the_same_id_and_ids_already_stored_keep_their_value()
    {
        // Purchase and flash-order ids already stored were derived this way; a change would orphan them.
        Assert.Equal(Guid.Parse("261810e1-2166-885b-85b8-64b978365a55"), DeterministicGuid.FromName("purchase\nuser-1\nkey-1"));
        Assert.Equal(DeterministicGuid.FromName("a"), DeterministicGuid.FromName("a"));
        Assert.NotEqual(DeterministicGuid.FromName("a"), DeterministicGuid.FromName("b"));
    }

    [Fact]
    public void Ids_are_rfc_9562_version_8_with_the_standard_variant()
    {
        var id = DeterministicGuid.FromName("purchase\nuser-2\nkey-2");

        Assert.Equal(8, id.Version);
        Assert.Equal(0b10, id.Variant >> 2);
    }

    [Fact]
    public void A_hash_shorter_than_16_bytes_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DeterministicGuid.FromHash(new byte[15]));
    }
}
