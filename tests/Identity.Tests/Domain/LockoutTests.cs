using PurchasePlatform.Identity.Domain.Users;

namespace PurchasePlatform.Identity.Tests.Domain;

public sealed class LockoutTests
{
    [Fact]
    public void The_fifth_wrong_password_in_a_row_locks_the_account_for_15_minutes()
    {
        var user = Users.Customer();

        for (var attempt = 1; attempt < LockoutPolicy.MaxFailedAttempts; attempt++)
        {
            Assert.Equal(LoginOutcome.WrongPassword, user.AttemptLogin(false, Users.Now));
        }

        Assert.Equal(LoginOutcome.Locked, user.AttemptLogin(false, Users.Now));
        Assert.Equal(Users.Now.AddMinutes(15), user.LockedUntil);
    }

    [Fact]
    public void A_locked_account_refuses_even_the_right_password_until_the_lock_ends()
    {
        var user = Locked();

        Assert.Equal(LoginOutcome.Locked, user.AttemptLogin(true, Users.Now.AddMinutes(14)));
        Assert.Equal(LoginOutcome.Succeeded, user.AttemptLogin(true, Users.Now.AddMinutes(15)));
        Assert.Equal(0, user.FailedLoginCount);
        Assert.Null(user.LockedUntil);
    }

    [Fact]
    public void After_a_lock_ends_the_count_starts_again_from_zero()
    {
        var user = Locked();

        Assert.Equal(LoginOutcome.WrongPassword, user.AttemptLogin(false, Users.Now.AddMinutes(16)));
        Assert.Equal(1, user.FailedLoginCount);
    }

    [Fact]
    public void A_successful_login_resets_the_count_of_wrong_passwords()
    {
        var user = Users.Customer();
        for (var attempt = 1; attempt < LockoutPolicy.MaxFailedAttempts; attempt++)
        {
            user.AttemptLogin(false, Users.Now);
        }

        Assert.Equal(LoginOutcome.Succeeded, user.AttemptLogin(true, Users.Now));
        Assert.Equal(LoginOutcome.WrongPassword, user.AttemptLogin(false, Users.Now));
    }

    [Fact]
    public void A_password_reset_lifts_the_lock()
    {
        var user = Locked();
        user.RequestPasswordReset(Users.Now);

        Assert.Equal(TokenRedemption.Accepted, user.ResetPassword(Users.ResetToken(user), "new-hash", Users.Now.AddMinutes(1)));
        Assert.Equal(LoginOutcome.Succeeded, user.AttemptLogin(true, Users.Now.AddMinutes(1)));
    }

    private static User Locked()
    {
        var user = Users.Customer();
        for (var attempt = 0; attempt < LockoutPolicy.MaxFailedAttempts; attempt++)
        {
            user.AttemptLogin(false, Users.Now);
        }

        Assert.True(user.IsLockedOut(Users.Now));
        return user;
    }
}
