using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;
using PurchasePlatform.BuildingBlocks.Errors;
using PurchasePlatform.BuildingBlocks.Responses;

namespace PurchasePlatform.BuildingBlocks.Authentication;

/// <summary>
/// 401 in the platform format, telling a missing token (UNAUTHORIZED) from an expired (EXPIRED_TOKEN) or otherwise
/// rejected one (INVALID_TOKEN). 403s need nothing here: their empty body is filled in by the status code pages.
/// </summary>
internal static class JwtChallengeResponse
{
    public static Task WriteAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();

        var failure = context.AuthenticateFailure;
        var (code, message) = failure switch
        {
            null => (ErrorCodes.Unauthorized, "Authentication required"),
            _ when IsExpired(failure) => (ErrorCodes.ExpiredToken, "The access token has expired"),
            _ => (ErrorCodes.InvalidToken, "The access token is invalid"),
        };

        context.Response.Headers.WWWAuthenticate = failure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        return ApiResults.Unauthorized(message, code).ExecuteAsync(context.HttpContext);
    }

    private static bool IsExpired(Exception failure) =>
        failure is SecurityTokenExpiredException
        || (failure is AggregateException aggregate && aggregate.InnerExceptions.Any(inner => inner is SecurityTokenExpiredException));
}
