namespace PurchasePlatform.Notifications.Messages.Domain;

/// <summary>How types and statuses are spelled on the API (seed 003: "email", "queued", ...).</summary>
public static class NotificationNames
{
    public static string Of(NotificationType type) => type.ToString().ToLowerInvariant();

    public static string Of(NotificationStatus status) => status.ToString().ToLowerInvariant();

    public static bool TryParseType(string? text, out NotificationType type) => TryParse(text, out type);

    public static bool TryParseStatus(string? text, out NotificationStatus status) => TryParse(text, out status);

    private static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        return text is { Length: > 0 } && text.All(char.IsAsciiLetter) && Enum.TryParse(text, ignoreCase: true, out value);
    }
}
