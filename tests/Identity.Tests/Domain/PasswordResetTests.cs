using PurchasePlatform.Identity.Domain.Events;
using PurchasePlatform.Identity.Domain.Users;

namespace PurchasePlatform.Identity.Tests.Domain;

public sealed class PasswordResetTests
{
    [Fact]
    public void A_reset_request_mails_a_token_valid_for_30_minutes()
    {
        var user = Users.Customer();

        user.RequestPasswordReset(Users.Now);

        var mail = Assert.IsType<PasswordResetRequested>(user.DomainEvents[^1]);
        Assert.Equal("John@Example.com", mail.Email);
        Assert.Equal(Users.Now.AddMinutes(30), mail.ExpiresAt);
    }

    [Fact]
    public void A_reset_token_works_once_sets_the_password_and_ends_every_session()
    {
        var user = Users.Customer();
        user.StartSession(Users.Now);
        user.RequestPasswordReset(Users.Now);
        var token = Users.ResetToken(user);

        Assert.Equal(TokenRedemption.Accepted, user.ResetPassword(token, "new-hash", Users.Now.AddMinutes(10)));
        Assert.Equal(TokenRedemption.Invalid, user.ResetPassword(token, "other-hash", Users.Now.AddMinutes(11)));

        Assert.Equal("new-hash", user.PasswordHash);
        Assert.All(user.RefreshTokens, refresh => Assert.NotNull(refresh.RevokedAt));
    }

    [Fact]
    public void An_expired_reset_token_changes_nothing()
    {
        var user = Users.Customer();
        user.RequestPasswordReset(Users.Now);

        Assert.Equal(TokenRedemption.Expired, user.ResetPassword(Users.ResetToken(user), "new-hash", Users.Now.AddMinutes(30)));
        Assert.Equal("hash", user.PasswordHash);
    }

    [Fact]
    public void A_newer_reset_request_makes_the_earlier_token_invalid()
    {
        var user = Users.Customer();
        user.RequestPasswordReset(Users.Now);
        var earlier = Users.ResetToken(user);
        user.RequestPasswordReset(Users.Now.AddMinutes(1));

        Assert.Equal(TokenRedemption.Invalid, user.ResetPassword(earlier, "new-hash", Users.Now.AddMinutes(2)));
        Assert.Equal(TokenRedemption.Accepted, user.ResetPassword(Users.ResetToken(user), "new-hash", Users.Now.AddMinutes(2)));
    }

    [Fact]
    public void A_verification_token_cannot_reset_the_password()
    {
        var user = Users.Customer();

        Assert.Equal(TokenRedemption.Invalid, user.ResetPassword(Users.VerificationToken(user), "new-hash", Users.Now));
    }
}
