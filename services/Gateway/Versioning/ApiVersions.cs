using System.Text.RegularExpressions;

namespace PurchasePlatform.Gateway.Versioning;

/// <summary>The public API has one version, v1: in the path (<c>/api/v1/...</c>) and, optionally, in <c>X-API-Version</c>.</summary>
internal static partial class ApiVersions
{
    public const string HeaderName = "X-API-Version";
    public const string Current = "v1";

    private const int MaxEchoedLength = 32;

    /// <summary>"v1" or "1", in any case and with surrounding spaces.</summary>
    public static bool IsSupported(string? headerValue) =>
        headerValue?.Trim() is { } value
        && (value.Equals(Current, StringComparison.OrdinalIgnoreCase) || value == "1");

    /// <summary>The version a path such as <c>/api/v2/users</c> asks for, or null when it names none.</summary>
    public static string? RequestedInPath(PathString path)
    {
        if (!path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase, out var rest) || !rest.HasValue)
        {
            return null;
        }

        var segment = rest.Value.TrimStart('/').Split('/', 2)[0];
        return VersionSegment().IsMatch(segment) ? segment : null;
    }

    /// <summary>A client-sent version short enough to quote back in an error message.</summary>
    public static string ForMessage(string requested) =>
        requested.Length <= MaxEchoedLength ? requested : requested[..MaxEchoedLength] + "...";

    [GeneratedRegex("^v[0-9]+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VersionSegment();
}
