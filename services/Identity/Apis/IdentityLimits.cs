namespace PurchasePlatform.Identity.Apis;

public static class IdentityLimits
{
    public const long MaxRequestBodyBytes = 64 * 1024;
}
