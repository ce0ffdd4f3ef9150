namespace PurchasePlatform.BuildingBlocks.Correlation;

public static class CorrelationIds
{
    public const string HeaderName = "X-Correlation-Id";
    public const string LogPropertyName = "CorrelationId";

    private const int MaxLength = 128;

    public static string New() => Guid.NewGuid().ToString();

    // Incoming ids end up in logs and response headers, so only short ids made of safe characters are kept.
    public static bool IsAcceptable(string? candidate) =>
        !string.IsNullOrEmpty(candidate)
        && candidate.Length <= MaxLength
        && candidate.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');
}
