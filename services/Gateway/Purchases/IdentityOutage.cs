using Microsoft.AspNetCore.Authentication;

namespace PurchasePlatform.Gateway.Purchases;

/// <summary>
/// Tells a token refused because Identity's keys could not be fetched (IDX20803 "unable to obtain configuration", or a
/// network failure underneath) from a token that is simply invalid: the first is seed 000's 503, the second a 401.
/// </summary>
internal static class IdentityOutage
{
    public static bool Explains(HttpContext context) =>
        context.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Failure is { } failure && IsCause(failure);

    public static bool IsCause(Exception failure)
    {
        for (Exception? current = failure; current is not null; current = current.InnerException)
        {
            if (current is HttpRequestException or IOException
                || (current is InvalidOperationException && current.Message.Contains("IDX20803", StringComparison.Ordinal)))
            {
                return true;
            }

            if (current is AggregateException aggregate && aggregate.InnerExceptions.Any(IsCause))
            {
                return true;
            }
        }

        return false;
    }
}
