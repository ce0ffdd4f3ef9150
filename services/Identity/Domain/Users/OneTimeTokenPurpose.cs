namespace PurchasePlatform.Identity.Domain.Users;

public enum OneTimeTokenPurpose
{
    PasswordReset = 1,
    EmailVerification = 2,
}
