namespace PurchasePlatform.Identity.Infrastructure.Outbox;

/// <summary>Event names (002) and the versioned topics they are published on.</summary>
public static class UserEventTypes
{
    public const string UserCreated = "user_created";
    public const string UserVerified = "user_verified";
    public const string PasswordResetRequested = "password_reset_requested";
    public const string EmailVerificationRequested = "email_verification_requested";

    public static string TopicOf(string eventType) => $"users.{eventType}.v1";
}
