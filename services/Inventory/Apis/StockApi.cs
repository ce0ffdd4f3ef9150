using PurchasePlatform.BuildingBlocks.Authentication;
using PurchasePlatform.BuildingBlocks.Responses;
using PurchasePlatform.BuildingBlocks.Validation;
using PurchasePlatform.Inventory.Stock;

namespace PurchasePlatform.Inventory.Apis;

/// <summary>A product's stock over its shards: set by an inventory admin, read by anyone.</summary>
public static class StockApi
{
    public static RouteGroupBuilder MapStockApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/stock").WithTags("Stock");
        api.MapPut("/{productId}", SetAsync).RequireScope(PlatformScopes.InventoryAdmin).WithValidation<SetStockRequest>();
        api.MapGet("/{productId}", GetAsync).AllowAnonymous();
        return api;
    }

    public static async Task<IResult> SetAsync(string productId, SetStockRequest request, StockService stock, CancellationToken cancellationToken) =>
        ProductIdRoute.Check(productId) ?? (IResult)TypedResults.Ok(await stock.SetAsync(productId, request.Quantity!.Value, cancellationToken));

    public static async Task<IResult> GetAsync(string productId, StockService stock, CancellationToken cancellationToken)
    {
        if (ProductIdRoute.Check(productId) is { } invalid)
        {
            return invalid;
        }

        return await stock.FindAsync(productId, cancellationToken) is { } view
            ? TypedResults.Ok(view)
            : ApiResults.NotFound($"Product {productId} has no stock set");
    }
}
