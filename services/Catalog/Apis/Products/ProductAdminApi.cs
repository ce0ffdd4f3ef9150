using Microsoft.EntityFrameworkCore;
using PurchasePlatform.BuildingBlocks.Errors;
using PurchasePlatform.BuildingBlocks.Responses;
using PurchasePlatform.BuildingBlocks.Validation;
using PurchasePlatform.Catalog.Domain;
using PurchasePlatform.Catalog.Infrastructure.Outbox;
using PurchasePlatform.Catalog.Infrastructure.Persistence;

namespace PurchasePlatform.Catalog.Apis.Products;

/// <summary>
/// Seed 003's admin routes: create, update and delete products (scope <c>catalog:write</c> or role Admin). Every
/// change writes its <c>catalog.product_*.v1</c> event to the outbox in the same transaction.
/// </summary>
public static class ProductAdminApi
{
    public static void MapProductAdminApi(this RouteGroupBuilder api)
    {
        api.MapPost("/", CreateAsync).WithValidation<CreateProductRequest>().RequireCatalogWriter();
        api.MapPut("/{productId}", UpdateAsync).WithValidation<UpdateProductRequest>().RequireCatalogWriter();
        api.MapDelete("/{productId}", DeleteAsync).RequireCatalogWriter();
    }

    public static async Task<IResult> CreateAsync(CreateProductRequest request, CatalogDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var category = await db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Id == request.CategoryId, cancellationToken);
        if (category is null)
        {
            return CatalogErrors.UnknownCategory(request.CategoryId!);
        }

        var sku = request.Sku!.Trim();
        var slug = string.IsNullOrWhiteSpace(request.Slug) ? Slugs.From(request.Name!) : request.Slug;
        if (await ClashAsync(db, null, sku, slug, cancellationToken) is { } clash)
        {
            return clash;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var product = new Product
        {
            Id = "prod-" + Guid.NewGuid().ToString("N")[..12],
            Name = request.Name!.Trim(),
            Slug = slug,
            Description = request.Description!.Trim(),
            LongDescription = request.LongDescription,
            PriceCents = Money.ToCents(request.Price!.Value),
            CompareAtPriceCents = request.CompareAtPrice is { } compareAt ? Money.ToCents(compareAt) : null,
            Sku = sku,
            CategoryId = category.Id,
            Images = Images(request.Images) ?? [],
            StockQuantity = request.Stock ?? 0,
            Tags = request.Tags ?? [],
            Attributes = Attributes(request.Attributes) ?? [],
            Specifications = request.Specifications ?? [],
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Products.Add(product);
        var stock = await StockView.ForAsync(db, [product], cancellationToken);
        var response = ProductDetailResponse.From(product, ProductsApi.Reference(category), stock[product.Id], [], []);
        db.CatalogEvents.Add(CatalogEventRows.New(CatalogEventTypes.ProductCreated, product.Id, response, now));

        if (await SaveAsync(db, null, sku, slug, cancellationToken) is { } failure)
        {
            return failure;
        }

        return ApiResults.Created($"/api/v1/products/{product.Id}", response, "Product created successfully");
    }

    public static async Task<IResult> UpdateAsync(string productId, UpdateProductRequest request, CatalogDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var product = await db.Products.FirstOrDefaultAsync(p => p.Id == productId && p.IsActive, cancellationToken);
        if (product is null)
        {
            return CatalogErrors.ProductNotFound(productId);
        }

        var categoryId = request.CategoryId?.Trim() ?? product.CategoryId;
        var category = await db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Id == categoryId, cancellationToken);
        if (category is null)
        {
            return CatalogErrors.UnknownCategory(categoryId);
        }

        var sku = request.Sku?.Trim() ?? product.Sku;
        var slug = request.Slug ?? product.Slug;
        if (await ClashAsync(db, product.Id, sku, slug, cancellationToken) is { } clash)
        {
            return clash;
        }

        var priceCents = request.Price is { } price ? Money.ToCents(price) : product.PriceCents;
        var compareAtCents = request.CompareAtPrice is { } compareAt ? Money.ToCents(compareAt) : product.CompareAtPriceCents;
        if (compareAtCents is { } compare && compare <= priceCents)
        {
            if (request.CompareAtPrice is not null)
            {
                return ApiResults.ValidationFailed([new ApiError(ErrorCodes.ValidationError, "compareAtPrice must be greater than price", "compareAtPrice")]);
            }

            // The new price is at or above the stored "was" price, which then no longer shows a discount.
            compareAtCents = null;
        }

        product.Name = request.Name?.Trim() ?? product.Name;
        product.Slug = slug;
        product.Description = request.Description?.Trim() ?? product.Description;
        product.LongDescription = request.LongDescription ?? product.LongDescription;
        product.PriceCents = priceCents;
        product.CompareAtPriceCents = compareAtCents;
        product.Sku = sku;
        product.CategoryId = category.Id;
        product.Images = Images(request.Images) ?? product.Images;
        product.StockQuantity = request.Stock ?? product.StockQuantity;
        product.Tags = request.Tags ?? product.Tags;
        product.Attributes = Attributes(request.Attributes) ?? product.Attributes;
        product.Specifications = request.Specifications ?? product.Specifications;
        var now = clock.GetUtcNow().UtcDateTime;
        product.UpdatedAt = now;
        product.Version++;

        var stock = await StockView.ForAsync(db, [product], cancellationToken);
        var response = ProductDetailResponse.From(product, ProductsApi.Reference(category), stock[product.Id], [], []);
        db.CatalogEvents.Add(CatalogEventRows.New(CatalogEventTypes.ProductUpdated, product.Id, response, now));

        if (await SaveAsync(db, product.Id, sku, slug, cancellationToken) is { } failure)
        {
            return failure;
        }

        return ApiResults.Ok(response, "Product updated successfully");
    }

    /// <summary>Takes the product off sale; the row stays so that its reviews and past orders still name it.</summary>
    public static async Task<IResult> DeleteAsync(string productId, CatalogDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var product = await db.Products.FirstOrDefaultAsync(p => p.Id == productId && p.IsActive, cancellationToken);
        if (product is null)
        {
            return CatalogErrors.ProductNotFound(productId);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        product.IsActive = false;
        product.UpdatedAt = now;
        product.Version++;
        db.CatalogEvents.Add(CatalogEventRows.New(CatalogEventTypes.ProductDeleted, product.Id,
            new { product.Id, product.Sku, DeletedAt = now }, now));

        if (await SaveAsync(db, product.Id, product.Sku, product.Slug, cancellationToken) is { } failure)
        {
            return failure;
        }

        return TypedResults.NoContent();
    }

    private static async Task<IResult?> ClashAsync(CatalogDbContext db, string? productId, string sku, string slug, CancellationToken cancellationToken)
    {
        if (await db.Products.AnyAsync(p => p.Sku == sku && p.Id != productId, cancellationToken))
        {
            return CatalogErrors.AlreadyExists("sku", sku);
        }

        return await db.Products.AnyAsync(p => p.Slug == slug && p.Id != productId, cancellationToken)
            ? CatalogErrors.AlreadyExists("slug", slug)
            : null;
    }

    /// <returns>null when saved; otherwise the answer for a lost race (another writer, or a sku/slug taken meanwhile).</returns>
    private static async Task<IResult?> SaveAsync(CatalogDbContext db, string? productId, string sku, string slug, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CatalogErrors.ChangedMeanwhile();
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return await ClashAsync(db, productId, sku, slug, cancellationToken) ?? CatalogErrors.ChangedMeanwhile();
        }

        return null;
    }

    private static List<ProductImage>? Images(List<ProductImageRequest>? images)
    {
        if (images is null)
        {
            return null;
        }

        var list = images.Select(image => new ProductImage(image.Url!, image.Alt, image.IsPrimary)).ToList();
        if (list.Count > 0 && !list.Any(image => image.IsPrimary))
        {
            list[0] = list[0] with { IsPrimary = true };
        }

        return list;
    }

    private static List<ProductAttribute>? Attributes(List<ProductAttributeRequest>? attributes) =>
        attributes?.Select(attribute => new ProductAttribute(attribute.Name!, attribute.Value!)).ToList();
}
