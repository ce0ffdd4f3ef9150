namespace PurchasePlatform.Notifications.Webhooks;

/// <summary>Configuration section "Webhooks": which receiver URLs registration accepts, and the key that encrypts their secrets.</summary>
public sealed class WebhooksOptions
{
    public const string Section = "Webhooks";

    /// <summary>Accept <c>http://</c> URLs too (development and tests); otherwise only <c>https://</c>.</summary>
    public bool AllowInsecureUrls { get; set; }

    /// <summary>
    /// Accept <c>localhost</c> and loopback, private and link-local addresses (development and tests). Off, registration
    /// refuses them as literals and the delivery client refuses to connect to a host name that resolves to one.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>The secret-store address of the AES-256 key (base64) that encrypts webhook secrets in the database.</summary>
    public string SecretKey { get; set; } = "notifications:webhookSecretKey";

    /// <summary>The key before a rotation: secrets it encrypted still open until they are registered again.</summary>
    public string PreviousSecretKey { get; set; } = "notifications:previousWebhookSecretKey";
}
