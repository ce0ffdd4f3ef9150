using System.Net;
using System.Text.Json;
using PurchasePlatform.Gateway.FlashSale;

namespace PurchasePlatform.Gateway.Purchases;

/// <summary>
/// Seed 000's purchase routes, answered with the orchestrator behind them. The caller's token is checked here (after
/// rate limiting, like every route) and again by the orchestrator; another customer's purchase is not found.
/// </summary>
internal static class PurchaseEndpoints
{
    public static IEndpointRouteBuilder MapPurchaseApi(this IEndpointRouteBuilder app)
    {
        var purchases = app.MapGroup("/purchases").WithTags("Purchases");
        purchases.MapPost("/", StartAsync);
        purchases.MapGet("/{purchaseId}", GetAsync);
        purchases.MapPost("/{purchaseId}/cancel", CancelAsync);
        return app;
    }

    private static async Task<IResult> StartAsync(HttpContext context, OrchestratorClient orchestrator)
    {
        if (Refuse(context) is { } refused)
        {
            return refused;
        }

        var idempotencyKey = context.Request.Headers[PurchaseInput.IdempotencyKeyHeader].ToString();
        if (idempotencyKey.Length > 0 && !PurchaseInput.IsIdempotencyKey(idempotencyKey))
        {
            return Invalid($"Idempotency-Key must be 1 to {PurchaseInput.MaxIdempotencyKeyLength} characters");
        }

        var (body, error) = await FlashSaleInput.ReadJsonAsync<PurchaseRequest>(context.Request, context.RequestAborted);
        if (body is null)
        {
            return Invalid(error!);
        }

        if (PurchaseInput.Check(body) is { } broken)
        {
            return Invalid(broken);
        }

        var purchaseId = PurchaseIds.For(FlashSaleCaller.Subject(context.User), idempotencyKey);
        var start = new OrchestratorStartRequest(purchaseId, body.Products!.Select(p => p!).ToList(), body.PaymentMethodId);
        var answer = await orchestrator.StartAsync(start, FlashSaleCaller.Authorization(context), context.RequestAborted);
        return answer switch
        {
            { Status: HttpStatusCode.OK } when answer.Read<PurchaseAnswer>() is { PurchaseId: not null, Status: not null } started => TypedResults.Ok(started),
            { Status: HttpStatusCode.BadRequest or HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity } =>
                Invalid(answer.Message ?? "Invalid purchase request"),
            { Status: HttpStatusCode.Unauthorized } => TypedResults.Challenge(),
            { Status: HttpStatusCode.Forbidden } => TypedResults.Forbid(),
            _ => Unavailable(),
        };
    }

    private static async Task<IResult> GetAsync(string purchaseId, HttpContext context, OrchestratorClient orchestrator)
    {
        if (Refuse(context) is { } refused)
        {
            return refused;
        }

        if (!PurchaseInput.IsPurchaseId(purchaseId))
        {
            return NotFound();
        }

        var answer = await orchestrator.GetAsync(purchaseId, FlashSaleCaller.Authorization(context), context.RequestAborted);
        return answer switch
        {
            { Status: HttpStatusCode.OK } when answer.Read<OrchestratorPurchase>() is { PurchaseId: { } id, Status: { } status, Products: { } products } =>
                TypedResults.Ok(new PurchaseStatusAnswer(id, status, products)),
            _ => Answer(answer),
        };
    }

    private static async Task<IResult> CancelAsync(string purchaseId, HttpContext context, OrchestratorClient orchestrator)
    {
        if (Refuse(context) is { } refused)
        {
            return refused;
        }

        if (!PurchaseInput.IsPurchaseId(purchaseId))
        {
            return NotFound();
        }

        var answer = await orchestrator.CancelAsync(purchaseId, FlashSaleCaller.Authorization(context), context.RequestAborted);
        return answer switch
        {
            { Status: HttpStatusCode.OK } when answer.Read<PurchaseAnswer>() is { PurchaseId: not null, Status: not null } cancelled => TypedResults.Ok(cancelled),
            _ => Answer(answer),
        };
    }

    // 401 without a valid token, or 503 when the token could not be checked because Identity is unreachable.
    private static IResult? Refuse(HttpContext context) =>
        context.User.Identity?.IsAuthenticated != true && IdentityOutage.Explains(context)
            ? Unavailable("The authentication server is unavailable")
            : FlashSaleCaller.RefuseAnonymous(context.User);

    private static IResult Answer(OrchestratorAnswer answer) => answer.Status switch
    {
        HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.BadRequest => NotFound(),
        HttpStatusCode.Unauthorized => TypedResults.Challenge(),
        _ => Unavailable(),
    };

    private static IResult Invalid(string message) => TypedResults.BadRequest(new PurchaseError("invalid_request", message));

    private static IResult NotFound() => TypedResults.NotFound(new PurchaseError("not_found", "Purchase not found"));

    private static IResult Unavailable(string message = "The purchase orchestrator is unavailable") => new UnavailableResult(message);

    // Seed 000's 503, with Retry-After.
    private sealed class UnavailableResult(string message) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = "5";
            return TypedResults.Json(new PurchaseError("service_unavailable", message), JsonSerializerOptions.Web, statusCode: StatusCodes.Status503ServiceUnavailable)
                .ExecuteAsync(httpContext);
        }
    }
}
