using System.Text.Json;

namespace PurchasePlatform.BuildingBlocks.Errors;

internal static class FieldNames
{
    /// <summary>"Address.ZipCode" → "address.zipCode", "Items[0].Quantity" → "items[0].quantity", as fields appear in JSON bodies.</summary>
    public static string ToCamelCasePath(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}
