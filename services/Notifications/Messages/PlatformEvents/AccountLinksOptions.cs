namespace PurchasePlatform.Notifications.Messages.PlatformEvents;

/// <summary>
/// Where the links in account mails lead (the shop's pages that post the token to Identity); <c>{token}</c> is replaced
/// by the URL-encoded token. Section <c>Notifications:Links</c>.
/// </summary>
public sealed class AccountLinksOptions
{
    public const string Section = "Notifications:Links";

    public string VerifyEmail { get; set; } = "http://localhost:5000/verify-email?token={token}";

    public string ResetPassword { get; set; } = "http://localhost:5000/reset-password?token={token}";

    public static string WithToken(string template, string token) => template.Replace("{token}", Uri.EscapeDataString(token), StringComparison.Ordinal);
}
