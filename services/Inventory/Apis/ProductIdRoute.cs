using PurchasePlatform.BuildingBlocks.Errors;
using PurchasePlatform.BuildingBlocks.Responses;
using PurchasePlatform.Inventory.Validation;

namespace PurchasePlatform.Inventory.Apis;

internal static class ProductIdRoute
{
    /// <summary>400 for a product id in the path that is not a valid one, else null.</summary>
    public static ErrorResult? Check(string productId) => InventoryRules.IsProductId(productId)
        ? null
        : ApiResults.ValidationFailed([new ApiError(ErrorCodes.InvalidFormat,
            "Product id must be 1 to 100 characters of letters, digits, '.', '_' or '-'", "productId")]);
}
