namespace PurchasePlatform.Notifications.Messages.Domain;

public static class NotificationIds
{
    public const string Prefix = "notif-";

    /// <summary><c>notif-</c> and 32 hex digits.</summary>
    public static string New() => Prefix + Guid.NewGuid().ToString("N");

    /// <summary>Whether <paramref name="id"/> may be echoed in an error message (never arbitrary input).</summary>
    public static bool IsWellFormed(string id) =>
        id.Length == Prefix.Length + 32 && id.StartsWith(Prefix, StringComparison.Ordinal) && id[Prefix.Length..].All(char.IsAsciiHexDigitLower);
}
