namespace PurchasePlatform.Notifications.Messages.Templates;

/// <summary>The templates a caller may name in <c>templateId</c>, and those the platform events use.</summary>
public static class TemplateCatalogue
{
    public const string Welcome = "welcome";
    public const string OrderConfirmation = "order-confirmation";
    public const string OrderShipped = "order-shipped";
    public const string OrderCancelled = "order-cancelled";
    public const string PaymentFailed = "payment-failed";
    public const string PaymentRefunded = "payment-refunded";
    public const string EmailVerification = "email-verification";
    public const string PasswordReset = "password-reset";

    private static readonly Dictionary<string, NotificationTemplate> Templates = new NotificationTemplate[]
    {
        new(Welcome,
            "Welcome to PurchasePlatform, {{firstName}}!",
            "<p>Hi {{firstName}},</p><p>Your account <strong>{{username}}</strong> is ready. Happy shopping!</p>",
            "Welcome to PurchasePlatform, {{firstName}}!"),
        new(OrderConfirmation,
            "Order Confirmation {{orderNumber}}",
            "<p>Hi {{customerName}},</p><p>Thank you for your order <strong>{{orderNumber}}</strong>.</p><p>Total: {{orderTotal}} {{currency}}</p>",
            "Thank you for your order {{orderNumber}}. Total: {{orderTotal}} {{currency}}"),
        new(OrderShipped,
            "Your order {{orderNumber}} has shipped",
            "<p>Hi {{customerName}},</p><p>Your order <strong>{{orderNumber}}</strong> is on its way.</p><p>Tracking number: {{trackingNumber}}</p>",
            "Your order {{orderNumber}} has been shipped! Tracking: {{trackingNumber}}"),
        new(OrderCancelled,
            "Your order {{orderNumber}} was cancelled",
            "<p>Hi {{customerName}},</p><p>Your order <strong>{{orderNumber}}</strong> was cancelled.</p><p>Reason: {{reason}}</p>",
            "Your order {{orderNumber}} was cancelled."),
        new(PaymentFailed,
            "Payment for order {{orderNumber}} failed",
            "<p>Hi {{customerName}},</p><p>The payment for your order <strong>{{orderNumber}}</strong> failed: {{reason}}</p>" +
            "<p>Please try again with another payment method.</p>",
            "The payment for your order {{orderNumber}} failed: {{reason}}"),
        new(PaymentRefunded,
            "Refund for order {{orderNumber}}",
            "<p>Hi {{customerName}},</p><p>We refunded {{amount}} {{currency}} for your order <strong>{{orderNumber}}</strong>.</p>",
            "We refunded {{amount}} {{currency}} for your order {{orderNumber}}."),
        new(EmailVerification,
            "Please verify your e-mail address",
            "<p>Please confirm that this address is yours: <a href=\"{{link}}\">verify my e-mail address</a>.</p>" +
            "<p>The link works until {{expiresAt}}. If you did not register, ignore this mail.</p>",
            "Verify your e-mail address: {{link}}"),
        new(PasswordReset,
            "Reset your password",
            "<p>Someone asked to reset the password of your account: <a href=\"{{link}}\">choose a new password</a>.</p>" +
            "<p>The link works until {{expiresAt}}. If it was not you, ignore this mail: your password stays as it is.</p>",
            "Reset your password: {{link}}"),
    }.ToDictionary(template => template.Id, StringComparer.Ordinal);

    public static IEnumerable<string> Ids => Templates.Keys;

    public static NotificationTemplate? Find(string? id) => id is not null && Templates.TryGetValue(id, out var template) ? template : null;

    public static bool Exists(string? id) => Find(id) is not null;

    /// <summary>Whether mails of the template carry a one-time link (a token that grants access), not to be kept once sent.</summary>
    public static bool HoldsOneTimeLink(string? id) => id is EmailVerification or PasswordReset;
}
