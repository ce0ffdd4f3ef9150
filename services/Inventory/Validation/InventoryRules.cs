using System.Text.RegularExpressions;
using FluentValidation;

namespace PurchasePlatform.Inventory.Validation;

/// <summary>The field rules the Inventory requests share.</summary>
public static partial class InventoryRules
{
    public const int MaxKeyLength = 100;
    public const int MaxFlashQuantity = 10;

    public static bool IsProductId(string? value) => value is not null && ProductIdPattern().IsMatch(value);

    /// <summary>1..100 characters of [A-Za-z0-9._-]: product ids end up in actor ids and state keys.</summary>
    public static IRuleBuilderOptions<T, string?> ProductId<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("Product id is required")
            .Must(IsProductId).WithMessage("Product id must be 1 to 100 characters of letters, digits, '.', '_' or '-'");

    public static IRuleBuilderOptions<T, string?> Key<T>(this IRuleBuilder<T, string?> rule, string name) =>
        rule.NotEmpty().WithMessage($"{name} is required")
            .MaximumLength(MaxKeyLength).WithMessage($"{name} must be at most {MaxKeyLength} characters");

    [GeneratedRegex("^[A-Za-z0-9._-]{1,100}$")]
    private static partial Regex ProductIdPattern();
}
