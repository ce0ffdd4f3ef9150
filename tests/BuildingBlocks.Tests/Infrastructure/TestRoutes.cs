using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PurchasePlatform.BuildingBlocks.Authentication;
using PurchasePlatform.BuildingBlocks.Errors;
using PurchasePlatform.BuildingBlocks.Responses;
using PurchasePlatform.BuildingBlocks.Validation;

namespace PurchasePlatform.BuildingBlocks.Tests.Infrastructure;

/// <summary>The tiny service the tests talk to, with routes inside and outside /api/v1.</summary>
public static class TestRoutes
{
    public const string ExceptionMessage = "database password is hunter2";

    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api/v1");
        api.MapGet("/things/{id}", (string id) => ApiResults.Ok(new { id }, "Thing found"));
        api.MapPost("/things", (ThingRequest thing, HandlerCalls calls) =>
            {
                calls.Record();
                return ApiResults.Created($"/api/v1/things/{thing.Name}", thing);
            })
            .WithValidation<ThingRequest>();
        api.MapGet("/boom", ThrowingHandler);
        api.MapGet("/stock", () => ApiResults.Error(StatusCodes.Status409Conflict, "Insufficient stock",
            [new ApiError(ErrorCodes.InsufficientStock, "Only 5 items available, requested 10", "quantity")
            {
                Details = new Dictionary<string, object?> { ["availableStock"] = 5, ["requestedQuantity"] = 10 },
            }]));
        api.MapGet("/me", (HttpContext context) => ApiResults.Ok(new { subject = context.User.Identity?.Name }))
            .RequireAuthorization();
        api.MapGet("/admin", () => ApiResults.Ok("secret")).RequireAuthorization(policy => policy.RequireRole("admin"));
        api.MapPost("/orders", () => ApiResults.Ok("ordered")).RequireScope(PlatformScopes.OrdersWrite);
        api.MapGet("/platform-admin", () => ApiResults.Ok("admin area")).RequireRole(PlatformRoles.Admin);
        api.MapGet("/users/{id:guid}", (Guid id, HttpContext context) => context.User.IsOwnerOr(id, PlatformScopes.UsersAdmin)
                ? (IResult)ApiResults.Ok(new { id })
                : ApiResults.Forbidden())
            .RequireAuthorization();

        app.MapPost("/things", (ThingRequest thing, HandlerCalls calls) =>
            {
                calls.Record();
                return Results.Ok(thing);
            })
            .WithValidation<ThingRequest>();
        app.MapGet("/boom", ThrowingHandler);
        app.MapGet("/me", () => "hello").RequireAuthorization();
        app.MapGet("/forward", async (IHttpClientFactory clients, Uri target) => await clients.CreateClient().GetStringAsync(target));
    }

    private static IResult ThrowingHandler() => throw new InvalidOperationException(ExceptionMessage);
}
