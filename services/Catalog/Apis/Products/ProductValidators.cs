using FluentValidation;
using PurchasePlatform.BuildingBlocks.Errors;
using PurchasePlatform.Catalog.Domain;

namespace PurchasePlatform.Catalog.Apis.Products;

internal static class ProductRules
{
    public static readonly string[] SortFields = ["name", "price", "createdAt", "rating"];
    public static readonly string[] SortOrders = ["asc", "desc"];

    public const int MaxNameLength = 200;
    public const int MaxSkuLength = 64;
    public const int MaxDescriptionLength = 2000;
    public const int MaxLongDescriptionLength = 20000;
    public const decimal MaxPrice = 1_000_000m;

    public static IRuleBuilderOptions<T, int?> ValidPageNumber<T>(this IRuleBuilder<T, int?> rule) =>
        rule.GreaterThanOrEqualTo(1).WithMessage("pageNumber must be 1 or more");

    public static IRuleBuilderOptions<T, int?> ValidPageSize<T>(this IRuleBuilder<T, int?> rule) =>
        rule.InclusiveBetween(1, Paging.MaxPageSize).WithMessage($"pageSize must be between 1 and {Paging.MaxPageSize}");

    public static IRuleBuilderOptions<T, decimal?> ValidPrice<T>(this IRuleBuilder<T, decimal?> rule, string name) =>
        rule.GreaterThan(0m).WithMessage($"{name} must be greater than 0")
            .LessThanOrEqualTo(MaxPrice).WithMessage($"{name} must be at most {MaxPrice}")
            .Must(price => price is null || Money.HasAtMostTwoDecimals(price.Value)).WithErrorCode(ErrorCodes.InvalidFormat)
            .WithMessage($"{name} must have at most two decimals");

    public static IRuleBuilderOptions<T, string?> ValidSlug<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(MaxNameLength).Must(slug => slug is null || Slugs.From(slug) == slug).WithErrorCode(ErrorCodes.InvalidFormat)
            .WithMessage("slug must be lower-case letters and digits separated by single hyphens");

    public static void ProductFields<T>(AbstractValidator<T> validator, Func<T, string?> slug, Func<T, decimal?> price,
        Func<T, decimal?> compareAt, Func<T, int?> stock, Func<T, List<ProductImageRequest>?> images, Func<T, List<string>?> tags,
        Func<T, List<ProductAttributeRequest>?> attributes, Func<T, Dictionary<string, string>?> specifications)
    {
        validator.RuleFor(request => slug(request)).ValidSlug().OverridePropertyName("slug");
        validator.RuleFor(request => price(request)).ValidPrice("price").OverridePropertyName("price");
        validator.RuleFor(request => compareAt(request)).ValidPrice("compareAtPrice").OverridePropertyName("compareAtPrice");
        validator.RuleFor(request => compareAt(request)).GreaterThan(request => price(request)).When(request => price(request) is not null)
            .WithMessage("compareAtPrice must be greater than price").OverridePropertyName("compareAtPrice");
        validator.RuleFor(request => stock(request)).InclusiveBetween(0, 1_000_000).WithMessage("stock must be between 0 and 1000000")
            .OverridePropertyName("stock");
        validator.RuleFor(request => images(request)).Must(list => list is null || list.Count <= 20).WithMessage("At most 20 images")
            .OverridePropertyName("images");
        validator.RuleForEach(request => images(request)).ChildRules(image =>
        {
            image.RuleFor(i => i.Url).NotEmpty().WithMessage("url is required")
                .Must(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
                .WithErrorCode(ErrorCodes.InvalidFormat).WithMessage("url must be an absolute http(s) URL");
            image.RuleFor(i => i.Alt).MaximumLength(200);
        }).OverridePropertyName("images");
        validator.RuleFor(request => tags(request)).Must(list => list is null || (list.Count <= 30 && list.All(tag => tag is { Length: > 0 and <= 50 })))
            .WithMessage("tags: at most 30, each 1 to 50 characters").OverridePropertyName("tags");
        validator.RuleFor(request => attributes(request))
            .Must(list => list is null || (list.Count <= 50 && list.All(a => a.Name is { Length: > 0 and <= 100 } && a.Value is { Length: > 0 and <= 200 })))
            .WithMessage("attributes: at most 50, each with a name (1-100) and a value (1-200)").OverridePropertyName("attributes");
        validator.RuleFor(request => specifications(request))
            .Must(map => map is null || (map.Count <= 50 && map.All(entry => entry.Key is { Length: > 0 and <= 100 } && entry.Value is { Length: <= 500 })))
            .WithMessage("specifications: at most 50 entries, keys 1-100 and values up to 500 characters").OverridePropertyName("specifications");
    }
}

internal sealed class ProductListQueryValidator : AbstractValidator<ProductListQuery>
{
    public ProductListQueryValidator()
    {
        RuleFor(query => query.PageNumber).ValidPageNumber();
        RuleFor(query => query.PageSize).ValidPageSize();
        RuleFor(query => query.MinPrice).GreaterThanOrEqualTo(0m).WithMessage("minPrice must be 0 or more");
        RuleFor(query => query.MaxPrice).GreaterThanOrEqualTo(0m).WithMessage("maxPrice must be 0 or more");
        RuleFor(query => query.MaxPrice).GreaterThanOrEqualTo(query => query.MinPrice)
            .When(query => query.MinPrice is not null && query.MaxPrice is not null).WithMessage("maxPrice must not be below minPrice");
        RuleFor(query => query.SortBy).Must(sort => sort is null || ProductRules.SortFields.Contains(sort, StringComparer.OrdinalIgnoreCase))
            .WithMessage($"sortBy must be one of {string.Join(", ", ProductRules.SortFields)}");
        RuleFor(query => query.SortOrder).Must(order => order is null || ProductRules.SortOrders.Contains(order, StringComparer.OrdinalIgnoreCase))
            .WithMessage("sortOrder must be asc or desc");
    }
}

internal sealed class ProductSearchQueryValidator : AbstractValidator<ProductSearchQuery>
{
    public ProductSearchQueryValidator()
    {
        RuleFor(query => query.Q).NotEmpty().WithMessage("q is required")
            .MaximumLength(200).WithMessage("q must be at most 200 characters")
            .Must(q => q is null || SearchRanking.Terms(q).Count > 0).WithMessage("q must contain a letter or digit");
        RuleFor(query => query.PageNumber).ValidPageNumber();
        RuleFor(query => query.PageSize).ValidPageSize();
    }
}

internal sealed class CreateProductRequestValidator : AbstractValidator<CreateProductRequest>
{
    public CreateProductRequestValidator()
    {
        RuleFor(request => request.Name).NotEmpty().WithMessage("name is required")
            .MaximumLength(ProductRules.MaxNameLength).WithMessage($"name must be at most {ProductRules.MaxNameLength} characters");
        RuleFor(request => request.Description).NotEmpty().WithMessage("description is required")
            .MaximumLength(ProductRules.MaxDescriptionLength);
        RuleFor(request => request.LongDescription).MaximumLength(ProductRules.MaxLongDescriptionLength);
        RuleFor(request => request.Price).NotNull().WithMessage("price is required");
        RuleFor(request => request.Sku).NotEmpty().WithMessage("sku is required").MaximumLength(ProductRules.MaxSkuLength);
        RuleFor(request => request.CategoryId).NotEmpty().WithMessage("categoryId is required");
        ProductRules.ProductFields(this, r => r.Slug, r => r.Price, r => r.CompareAtPrice, r => r.Stock, r => r.Images, r => r.Tags,
            r => r.Attributes, r => r.Specifications);
    }
}

internal sealed class UpdateProductRequestValidator : AbstractValidator<UpdateProductRequest>
{
    public UpdateProductRequestValidator()
    {
        RuleFor(request => request.Name).Must(name => name is null || name.Trim().Length > 0).WithMessage("name must not be blank")
            .MaximumLength(ProductRules.MaxNameLength);
        RuleFor(request => request.Description).Must(text => text is null || text.Trim().Length > 0).WithMessage("description must not be blank")
            .MaximumLength(ProductRules.MaxDescriptionLength);
        RuleFor(request => request.LongDescription).MaximumLength(ProductRules.MaxLongDescriptionLength);
        RuleFor(request => request.Sku).Must(sku => sku is null || sku.Trim().Length > 0).WithMessage("sku must not be blank")
            .MaximumLength(ProductRules.MaxSkuLength);
        RuleFor(request => request.CategoryId).Must(id => id is null || id.Trim().Length > 0).WithMessage("categoryId must not be blank");
        ProductRules.ProductFields(this, r => r.Slug, r => r.Price, r => r.CompareAtPrice, r => r.Stock, r => r.Images, r => r.Tags,
            r => r.Attributes, r => r.Specifications);
    }
}

internal sealed class AddReviewRequestValidator : AbstractValidator<AddReviewRequest>
{
    public AddReviewRequestValidator()
    {
        RuleFor(request => request.Rating).NotNull().WithMessage("rating is required")
            .InclusiveBetween(Review.MinRating, Review.MaxRating).WithMessage($"rating must be between {Review.MinRating} and {Review.MaxRating}");
        RuleFor(request => request.OrderId).NotEmpty().WithMessage("orderId is required").MaximumLength(64);
        RuleFor(request => request.Title).MaximumLength(200).WithMessage("title must be at most 200 characters");
        RuleFor(request => request.Comment).MaximumLength(5000).WithMessage("comment must be at most 5000 characters");
    }
}
