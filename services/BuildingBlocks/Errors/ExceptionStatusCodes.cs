using Microsoft.AspNetCore.Http;

namespace PurchasePlatform.BuildingBlocks.Errors;

internal static class ExceptionStatusCodes
{
    /// <summary>Malformed requests (bad JSON, missing body) are the client's fault; everything else unhandled is a 500.</summary>
    public static int For(Exception exception) =>
        exception is BadHttpRequestException badRequest ? badRequest.StatusCode : StatusCodes.Status500InternalServerError;
}
