using System.Security.Claims;
using Dapr.Actors;
using Dapr.Actors.Client;
using Microsoft.Extensions.Options;
using PurchasePlatform.BuildingBlocks.Authentication;
using PurchasePlatform.Orchestrator.Actors;
using PurchasePlatform.Orchestrator.Saga;
using PurchasePlatform.Orchestrator.Store;

namespace PurchasePlatform.Orchestrator.Purchases;

/// <summary>
/// The orchestrator's internal API for the gateway: start a purchase for the caller (a customer's token), read it,
/// cancel it. Another customer's purchase is not found. Reads and cancels never wait for the saga actor.
/// </summary>
public static partial class PurchasesApi
{
    public static RouteGroupBuilder MapPurchasesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/purchases").WithTags("Purchases").RequireAuthorization();
        api.MapPost("/", StartAsync);
        api.MapGet("/{purchaseId}", GetAsync);
        api.MapPost("/{purchaseId}/cancel", CancelAsync);
        return api;
    }

    public static async Task<IResult> StartAsync(StartPurchaseRequest? request, HttpContext context, IPurchaseStore store, PurchaseStartChecks checks,
        IActorProxyFactory actors, IOptions<OrchestratorOptions> options, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (context.User.UserId() is not { } userId)
        {
            return BadRequest("purchases are made with a customer's token");
        }

        if (request is null)
        {
            return BadRequest("the body must be a JSON object with products");
        }

        if (PurchaseRules.Check(request, options.Value) is { } broken)
        {
            return BadRequest(broken);
        }

        var purchaseId = request.PurchaseId is null ? Guid.NewGuid() : Guid.TryParse(request.PurchaseId, out var given) ? given : Guid.Empty;
        if (purchaseId == Guid.Empty)
        {
            return BadRequest("purchaseId must be a GUID");
        }

        var id = purchaseId.ToString("D");
        var owner = userId.ToString("D");
        try
        {
            if (await store.FindAsync(id, cancellationToken) is { } existing)
            {
                return existing.UserId == owner
                    ? TypedResults.Ok(new PurchaseAnswer(id, existing.Status, "Purchase already received"))
                    : TypedResults.Conflict(new PurchaseError("conflict", "This purchase id belongs to another purchase"));
            }

            var products = request.Products!.Select(p => new StartPurchaseLine(p!.Id!, p.Quantity!.Value)).ToList();
            var unknown = await checks.UnknownProductsAsync(products.Select(p => p.Id).ToList(), cancellationToken);
            if (unknown is null)
            {
                return Unavailable("The catalog cannot be reached");
            }

            if (unknown.Count > 0)
            {
                return BadRequest($"unknown product: {string.Join(", ", unknown)}");
            }

            var payment = await checks.PaymentMethodAsync(request.PaymentMethodId, context.Request.Headers.Authorization.ToString(), cancellationToken);
            if (payment.Refusal is { } refusal)
            {
                return BadRequest(refusal);
            }

            if (payment.MethodId is not { } paymentMethodId)
            {
                return Unavailable("Payments cannot be reached");
            }

            var actor = actors.CreateActorProxy<IPurchaseSagaActor>(new ActorId(id), nameof(PurchaseSagaActor));
            var view = await actor.StartAsync(new StartPurchase(owner, products, paymentMethodId));
            return view.UserId == owner
                ? TypedResults.Ok(new PurchaseAnswer(id, view.Status, "Purchase received and being processed"))
                : TypedResults.Conflict(new PurchaseError("conflict", "This purchase id belongs to another purchase"));
        }
        catch (Exception ex) when (IsUnavailable(ex, cancellationToken))
        {
            LogUnavailable(loggers.CreateLogger(typeof(PurchasesApi)), ex, id);
            return Unavailable("The purchase could not be recorded; try again with the same Idempotency-Key");
        }
    }

    public static async Task<IResult> GetAsync(string purchaseId, ClaimsPrincipal user, IPurchaseStore store, CancellationToken cancellationToken)
    {
        if (await FindOwnAsync(purchaseId, user, store, cancellationToken) is not { } view)
        {
            return NotFound();
        }

        return TypedResults.Ok(new PurchaseDetails(view.PurchaseId, view.Status, view.Reason,
            view.Products.Select(p => new PurchaseProductStatus(p.Id, p.Quantity, p.Status)).ToList(), view.OrderId, view.PaymentId, view.AmountCents,
            view.Currency, view.CreatedAt, view.UpdatedAt));
    }

    public static async Task<IResult> CancelAsync(string purchaseId, ClaimsPrincipal user, IPurchaseStore store, CancellationToken cancellationToken)
    {
        if (await FindOwnAsync(purchaseId, user, store, cancellationToken) is not { } view)
        {
            return NotFound();
        }

        var (status, message) = view.Status switch
        {
            PurchaseStatus.Cancelled => (view.Status, "Purchase already cancelled"),
            PurchaseStatus.Cancelling => (view.Status, "Cancellation in progress"),
            PurchaseStatus.Failed or PurchaseStatus.Compensating => (view.Status, "Purchase failed; nothing is charged and its stock is released"),
            PurchaseStatus.Confirming or PurchaseStatus.Completed => (view.Status, "Purchase is already confirmed and can no longer be cancelled"),
            _ => (PurchaseStatus.Cancelling, "Cancellation requested"),
        };
        if (status == PurchaseStatus.Cancelling && view.Status != PurchaseStatus.Cancelling)
        {
            await store.RequestCancelAsync(view.PurchaseId, cancellationToken);
        }

        return TypedResults.Ok(new PurchaseAnswer(view.PurchaseId, status, message));
    }

    private static async Task<PurchaseView?> FindOwnAsync(string purchaseId, ClaimsPrincipal user, IPurchaseStore store, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(purchaseId, out var id))
        {
            return null;
        }

        var view = await store.FindAsync(id.ToString("D"), cancellationToken);
        return view is not null && (Guid.TryParse(view.UserId, out var owner) && user.IsOwnerOr(owner, PlatformScopes.OrdersAdmin)) ? view : null;
    }

    private static bool IsUnavailable(Exception ex, CancellationToken cancellationToken) =>
        ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested;

    private static IResult BadRequest(string message) => TypedResults.BadRequest(new PurchaseError("invalid_request", message));

    private static IResult NotFound() => TypedResults.NotFound(new PurchaseError("not_found", "Purchase not found"));

    private static IResult Unavailable(string message) =>
        TypedResults.Json(new PurchaseError("service_unavailable", message), statusCode: StatusCodes.Status503ServiceUnavailable);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Purchase {PurchaseId} could not be started")]
    private static partial void LogUnavailable(ILogger logger, Exception exception, string purchaseId);
}
