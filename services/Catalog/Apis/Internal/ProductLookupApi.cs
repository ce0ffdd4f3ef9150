using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PurchasePlatform.BuildingBlocks.Validation;
using PurchasePlatform.Catalog.Infrastructure.Persistence;

namespace PurchasePlatform.Catalog.Apis.Internal;

/// <summary>
/// <c>POST /internal/products/lookup</c>, for Cart, Orders and the Orchestrator through Dapr service invocation: the
/// current price, name and stock of up to 100 products, without the /api/v1 envelope. Unknown ids are left out;
/// deleted products are returned with <c>isActive: false</c>. Only public data, so any caller may ask.
/// </summary>
public static class ProductLookupApi
{
    public const int MaxProductIds = 100;

    public static void MapProductLookupApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/internal/products/lookup", LookupAsync).WithTags("Internal").WithValidation<ProductLookupRequest>().AllowAnonymous();

    public static async Task<IResult> LookupAsync(ProductLookupRequest request, CatalogDbContext db, CancellationToken cancellationToken)
    {
        var ids = request.ProductIds!.Distinct(StringComparer.Ordinal).ToList();
        var products = await db.Products.AsNoTracking().Where(product => ids.Contains(product.Id)).ToListAsync(cancellationToken);
        var stock = await StockView.ForAsync(db, products, cancellationToken);
        var byId = products.ToDictionary(product => product.Id, StringComparer.Ordinal);
        return TypedResults.Ok(new ProductLookupResponse(ids.Where(byId.ContainsKey).Select(id => byId[id]).Select(product => new ProductLookupItem(
            product.Id, product.Name, product.Sku, product.PriceCents, product.Currency,
            (product.Images.FirstOrDefault(image => image.IsPrimary) ?? product.Images.FirstOrDefault())?.Url,
            product.IsActive, stock[product.Id])).ToList()));
    }
}

public sealed record ProductLookupRequest(List<string>? ProductIds);

public sealed record ProductLookupResponse(IReadOnlyList<ProductLookupItem> Products);

public sealed record ProductLookupItem(string ProductId, string Name, string Sku, long PriceCents, string Currency, string? ImageUrl, bool IsActive,
    int StockAvailable);

internal sealed class ProductLookupRequestValidator : AbstractValidator<ProductLookupRequest>
{
    public ProductLookupRequestValidator()
    {
        RuleFor(request => request.ProductIds).NotNull().WithMessage("productIds is required")
            .Must(ids => ids is null || ids.Count <= ProductLookupApi.MaxProductIds)
            .WithMessage($"productIds holds at most {ProductLookupApi.MaxProductIds} ids");
        RuleForEach(request => request.ProductIds).NotEmpty().WithMessage("a product id must not be empty").MaximumLength(64);
    }
}
