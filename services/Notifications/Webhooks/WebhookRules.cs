namespace PurchasePlatform.Notifications.Webhooks;

/// <summary>What a webhook registration must satisfy, beyond the request's shape.</summary>
public static class WebhookRules
{
    public const int MaxUrlLength = 2048;
    public const int MinSecretLength = 16;
    public const int MaxSecretLength = 256;

    /// <returns>Why <paramref name="url"/> cannot receive webhooks, or null when it can.</returns>
    public static string? UrlProblem(string url, WebhooksOptions options)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.HostNameType == UriHostNameType.Unknown || string.IsNullOrEmpty(uri.Host))
        {
            return "url must be an absolute URL";
        }

        var schemeAllowed = uri.Scheme == Uri.UriSchemeHttps || (options.AllowInsecureUrls && uri.Scheme == Uri.UriSchemeHttp);
        if (!schemeAllowed)
        {
            return options.AllowInsecureUrls ? "url must be an http or https URL" : "url must be an https URL";
        }

        if (uri.UserInfo.Length > 0)
        {
            return "url must not contain credentials";
        }

        if (!options.AllowPrivateNetworks && PrivateNetworks.IsPrivateHost(uri))
        {
            return "url must not point to localhost or a private, loopback or link-local address";
        }

        return null;
    }
}
