using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using PurchasePlatform.BuildingBlocks.Responses;

namespace PurchasePlatform.Catalog.Apis;

/// <summary>
/// Read answers with a strong <c>ETag</c> (a hash of the data, not of the envelope, whose timestamp changes every
/// time) and <c>Cache-Control</c>; a request whose <c>If-None-Match</c> holds the current tag gets 304 without a body.
/// </summary>
public static class CachedReads
{
    /// <summary>Short, because the stock shown changes with every sale.</summary>
    public const string CacheControl = "public, max-age=60";

    public static IResult Ok<T>(HttpContext http, T data)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(data, options)))[..32]}\"";
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = CacheControl;
        return Matches(http.Request.Headers.IfNoneMatch, etag) ? TypedResults.StatusCode(StatusCodes.Status304NotModified) : ApiResults.Ok(data);
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag) =>
        EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
        && tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Tag.Equals(etag, StringComparison.Ordinal));
}
