using PurchasePlatform.Identity.Domain.Events;
using PurchasePlatform.Identity.Domain.Users;

namespace PurchasePlatform.Identity.Tests.Domain;

public sealed class RegistrationTests
{
    [Fact]
    public void A_new_customer_is_unverified_and_has_a_created_event_then_a_verification_mail_in_that_order()
    {
        var user = Users.Customer();

        Assert.Equal(["Customer"], user.Roles);
        Assert.False(user.IsEmailVerified);
        Assert.Equal("john@example.com", user.NormalizedEmail);
        Assert.Collection(user.DomainEvents,
            first => Assert.Equal((typeof(UserCreated), 1), (first.GetType(), first.Sequence)),
            second => Assert.Equal((typeof(EmailVerificationRequested), 2), (second.GetType(), second.Sequence)));
        var mail = (EmailVerificationRequested)user.DomainEvents[1];
        Assert.Equal(Users.Now + TokenLifetimes.EmailVerification, mail.ExpiresAt);
        Assert.DoesNotContain(user.OneTimeTokens, token => token.TokenHash == mail.VerificationToken);
    }

    [Fact]
    public void The_administrator_is_verified_from_the_start_and_gets_no_verification_mail()
    {
        var admin = User.CreateAdministrator("admin@purchase-platform.local", new PersonalDetails("Platform", "Administrator", null, null), "hash", Users.Now);

        Assert.Equal(["Admin"], admin.Roles);
        Assert.True(admin.IsEmailVerified);
        Assert.IsType<UserCreated>(Assert.Single(admin.DomainEvents));
    }

    [Fact]
    public void Verifying_with_the_mailed_token_verifies_once_and_records_the_event()
    {
        var user = Users.Customer();
        var token = Users.VerificationToken(user);

        Assert.Equal(TokenRedemption.Invalid, user.VerifyEmail("not-the-token", Users.Now));
        Assert.Equal(TokenRedemption.Accepted, user.VerifyEmail(token, Users.Now.AddMinutes(1)));

        Assert.True(user.IsEmailVerified);
        var verified = Assert.IsType<UserVerified>(user.DomainEvents[^1]);
        Assert.Equal(3, verified.Sequence);
        Assert.Equal(TokenRedemption.AlreadyDone, user.VerifyEmail(token, Users.Now.AddMinutes(2)));
        Assert.Equal(TokenRedemption.Invalid, user.VerifyEmail("someone-guessing", Users.Now.AddMinutes(2)));
        Assert.Single(user.DomainEvents.OfType<UserVerified>());
    }

    [Fact]
    public void A_verification_token_expires_after_48_hours_and_a_new_one_replaces_the_old()
    {
        var user = Users.Customer();
        var first = Users.VerificationToken(user);

        Assert.Equal(TokenRedemption.Expired, user.VerifyEmail(first, Users.Now + TokenLifetimes.EmailVerification));

        user.RequestEmailVerification(Users.Now.AddHours(1));
        var second = Users.VerificationToken(user);
        Assert.Equal(TokenRedemption.Invalid, user.VerifyEmail(first, Users.Now.AddHours(2)));
        Assert.Equal(TokenRedemption.Accepted, user.VerifyEmail(second, Users.Now.AddHours(2)));
    }
}
