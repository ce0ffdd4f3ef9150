using PurchasePlatform.BuildingBlocks.Errors;
using PurchasePlatform.BuildingBlocks.Responses;

namespace PurchasePlatform.Catalog.Apis;

public static class CatalogErrors
{
    public static ErrorResult ProductNotFound(string productId) => ApiResults.NotFound($"Product with ID '{productId}' not found");

    public static ErrorResult UnknownCategory(string categoryId) =>
        ApiResults.Error(StatusCodes.Status400BadRequest, ErrorCodes.ValidationError, $"Category '{categoryId}' does not exist", "categoryId",
            "Validation failed");

    public static ErrorResult AlreadyExists(string field, string value) =>
        ApiResults.Conflict($"A product with {field} '{value}' already exists", ErrorCodes.AlreadyExists, field);

    public static ErrorResult ChangedMeanwhile() =>
        ApiResults.Conflict("The product was changed by another request; read it again and retry");
}
