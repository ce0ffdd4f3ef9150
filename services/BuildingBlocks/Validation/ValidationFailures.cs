using FluentValidation.Results;
using PurchasePlatform.BuildingBlocks.Errors;

namespace PurchasePlatform.BuildingBlocks.Validation;

internal static class ValidationFailures
{
    public static ApiError ToApiError(ValidationFailure failure) =>
        new(CodeOf(failure), failure.ErrorMessage, FieldNames.ToCamelCasePath(failure.PropertyName));

    // A rule's .WithErrorCode("SOME_CODE") is kept; FluentValidation's built-in codes map to the documented ones.
    private static string CodeOf(ValidationFailure failure) => failure.ErrorCode switch
    {
        "NotEmptyValidator" or "NotNullValidator" => ErrorCodes.RequiredField,
        "EmailValidator" or "RegularExpressionValidator" => ErrorCodes.InvalidFormat,
        { Length: > 0 } code when IsPlatformStyle(code) => code,
        _ => ErrorCodes.ValidationError,
    };

    private static bool IsPlatformStyle(string code) =>
        char.IsAsciiLetterUpper(code[0]) && code.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_');
}
