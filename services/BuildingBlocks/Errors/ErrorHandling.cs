using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace PurchasePlatform.BuildingBlocks.Errors;

internal static class ErrorHandling
{
    public static void AddPlatformErrorHandling(this IServiceCollection services)
    {
        // First in line, so it is chosen over the framework's Accept-dependent default writer.
        services.Insert(0, ServiceDescriptor.Singleton<IProblemDetailsWriter, PlatformProblemDetailsWriter>());
        services.AddProblemDetails();
        services.Configure<ExceptionHandlerOptions>(options => options.StatusCodeSelector = ExceptionStatusCodes.For);
    }

    /// <summary>Unhandled exceptions and empty error responses (404, 405, 403, ...) are answered by the problem details writer.</summary>
    public static void UsePlatformErrorHandling(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
    }
}
