using PurchasePlatform.Identity.Domain.Users;

namespace PurchasePlatform.Identity.Tests.Domain;

public sealed class RefreshTokenTests
{
    [Fact]
    public void Refreshing_rotates_the_token_and_the_old_one_is_not_accepted_again()
    {
        var user = Users.Customer();
        var first = user.StartSession(Users.Now);

        var rotated = user.Refresh(first.Hash, Users.Now.AddMinutes(5));

        Assert.Equal(RefreshOutcome.Rotated, rotated.Outcome);
        Assert.NotEqual(first.Value, rotated.NewToken!.Value);
        Assert.True(user.RefreshTokens.Single(token => token.TokenHash == rotated.NewToken.Hash).IsUsable(Users.Now.AddMinutes(5)));
        Assert.False(user.RefreshTokens.Single(token => token.TokenHash == first.Hash).IsUsable(Users.Now.AddMinutes(5)));
    }

    [Fact]
    public void Reusing_a_rotated_token_revokes_the_whole_family_but_not_other_sessions()
    {
        var user = Users.Customer();
        var stolen = user.StartSession(Users.Now);
        var otherDevice = user.StartSession(Users.Now);
        var successor = user.Refresh(stolen.Hash, Users.Now.AddMinutes(1)).NewToken!;

        Assert.Equal(RefreshOutcome.ReuseDetected, user.Refresh(stolen.Hash, Users.Now.AddMinutes(2)).Outcome);

        Assert.Equal(RefreshOutcome.ReuseDetected, user.Refresh(successor.Hash, Users.Now.AddMinutes(3)).Outcome);
        Assert.Equal(RefreshOutcome.Rotated, user.Refresh(otherDevice.Hash, Users.Now.AddMinutes(3)).Outcome);
    }

    [Fact]
    public void A_refresh_token_expires_after_14_days()
    {
        var user = Users.Customer();
        var token = user.StartSession(Users.Now);

        Assert.Equal(RefreshOutcome.Expired, user.Refresh(token.Hash, Users.Now.AddDays(14)).Outcome);
    }

    [Fact]
    public void Ending_a_session_revokes_its_family_and_an_unknown_token_ends_nothing()
    {
        var user = Users.Customer();
        var session = user.StartSession(Users.Now);
        var successor = user.Refresh(session.Hash, Users.Now.AddMinutes(1)).NewToken!;

        Assert.False(user.EndSession(SecretToken.HashOf("someone else's"), Users.Now));
        Assert.True(user.EndSession(successor.Hash, Users.Now.AddMinutes(2)));

        Assert.All(user.RefreshTokens, token => Assert.False(token.IsUsable(Users.Now.AddMinutes(2))));
    }

    [Fact]
    public void Changing_the_password_ends_every_session()
    {
        var user = Users.Customer();
        user.StartSession(Users.Now);
        user.StartSession(Users.Now);

        user.ChangePassword("new-hash", Users.Now.AddMinutes(1));

        Assert.Equal("new-hash", user.PasswordHash);
        Assert.All(user.RefreshTokens, token => Assert.NotNull(token.RevokedAt));
    }

    [Fact]
    public void Tokens_are_kept_only_as_hashes()
    {
        var token = SecretToken.New();

        Assert.Equal(43, token.Value.Length);
        Assert.Equal(SecretToken.HashOf(token.Value), token.Hash);
        Assert.NotEqual(token.Value, token.Hash);
        Assert.NotEqual(token.Value, SecretToken.New().Value);
    }
}
