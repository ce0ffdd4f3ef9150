using PurchasePlatform.Identity.Domain.Users;

namespace PurchasePlatform.Identity.Tests.Domain;

public sealed class AddressTests
{
    [Fact]
    public void The_first_address_is_the_default_even_when_not_asked_for()
    {
        var user = Users.Customer();

        var first = user.AddAddress(Users.Address("1 Main St"), makeDefault: false, Users.Now)!;

        Assert.True(first.IsDefault);
        Assert.Matches("^addr-[0-9a-f]{12}$", first.Id);
    }

    [Fact]
    public void Adding_or_updating_with_is_default_moves_the_default()
    {
        var user = Users.Customer();
        var first = user.AddAddress(Users.Address("1 Main St"), false, Users.Now)!;
        var second = user.AddAddress(Users.Address("2 Oak Ave"), true, Users.Now.AddMinutes(1))!;

        Assert.Equal([second.Id], DefaultIds(user));

        user.UpdateAddress(first.Id, Users.Address("1 Main Street"), true, Users.Now.AddMinutes(2));
        Assert.Equal([first.Id], DefaultIds(user));
        Assert.Equal("1 Main Street", first.Street);
    }

    [Fact]
    public void Updating_the_default_with_is_default_false_hands_it_to_the_oldest_other_address()
    {
        var user = Users.Customer();
        var first = user.AddAddress(Users.Address("1 Main St"), false, Users.Now)!;
        var second = user.AddAddress(Users.Address("2 Oak Ave"), false, Users.Now.AddMinutes(1))!;
        user.AddAddress(Users.Address("3 Elm Rd"), false, Users.Now.AddMinutes(2));

        user.UpdateAddress(first.Id, Users.Address("1 Main St"), false, Users.Now.AddMinutes(3));

        Assert.Equal([second.Id], DefaultIds(user));
    }

    [Fact]
    public void An_only_address_stays_the_default()
    {
        var user = Users.Customer();
        var only = user.AddAddress(Users.Address("1 Main St"), true, Users.Now)!;

        user.UpdateAddress(only.Id, Users.Address("1 Main St"), false, Users.Now.AddMinutes(1));

        Assert.True(only.IsDefault);
    }

    [Fact]
    public void Removing_the_default_makes_the_oldest_remaining_address_the_default()
    {
        var user = Users.Customer();
        var first = user.AddAddress(Users.Address("1 Main St"), false, Users.Now)!;
        user.AddAddress(Users.Address("2 Oak Ave"), false, Users.Now.AddMinutes(1));
        var third = user.AddAddress(Users.Address("3 Elm Rd"), true, Users.Now.AddMinutes(2))!;

        Assert.True(user.RemoveAddress(third.Id, Users.Now.AddMinutes(3)));

        Assert.Equal(2, user.Addresses.Count);
        Assert.Equal([first.Id], DefaultIds(user));
    }

    [Fact]
    public void An_unknown_address_id_is_neither_updated_nor_removed()
    {
        var user = Users.Customer();
        user.AddAddress(Users.Address("1 Main St"), false, Users.Now);

        Assert.Null(user.UpdateAddress("addr-000000000000", Users.Address("x"), true, Users.Now));
        Assert.False(user.RemoveAddress("addr-000000000000", Users.Now));
        Assert.Single(user.Addresses);
    }

    [Fact]
    public void A_user_has_at_most_20_addresses()
    {
        var user = Users.Customer();
        for (var i = 0; i < User.MaxAddresses; i++)
        {
            Assert.NotNull(user.AddAddress(Users.Address($"{i} Main St"), false, Users.Now.AddSeconds(i)));
        }

        Assert.Null(user.AddAddress(Users.Address("one too many"), false, Users.Now.AddMinutes(1)));
        Assert.Equal(User.MaxAddresses, user.Addresses.Count);
    }

    private static List<string> DefaultIds(User user) => user.Addresses.Where(address => address.IsDefault).Select(address => address.Id).ToList();
}
