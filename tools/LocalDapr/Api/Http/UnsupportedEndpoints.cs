using LocalDapr.Runtime;

namespace LocalDapr.Api.Http;

/// <summary>
/// Dapr APIs LocalDapr does not implement answer 501 <c>ERR_NOT_SUPPORTED</c> naming the API, and any other path
/// 404 <c>ERR_NOT_FOUND</c> — never a hang or a silent success.
/// </summary>
public static class UnsupportedEndpoints
{
    private static readonly (string Prefix, string Name)[] Known =
    [
        ("/v1.0/bindings", "the bindings API"),
        ("/v1.0/configuration", "the configuration API"),
        ("/v1.0-alpha1/configuration", "the configuration API"),
        ("/v1.0-alpha1/lock", "the distributed lock API"),
        ("/v1.0-alpha1/unlock", "the distributed lock API"),
        ("/v1.0-alpha1/workflows", "the workflow API"),
        ("/v1.0-beta1/workflows", "the workflow API"),
        ("/v1.0-alpha1/jobs", "the jobs API"),
        ("/v1.0-alpha1/crypto", "the cryptography API"),
        ("/v1.0-alpha1/conversation", "the conversation API"),
        ("/v1.0-alpha2/conversation", "the conversation API"),
    ];

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapFallback((HttpContext context) =>
        {
            var path = context.Request.Path;
            foreach (var (prefix, name) in Known)
            {
                if (path.StartsWithSegments(prefix, StringComparison.Ordinal)) throw DaprErrors.NotSupported(name);
            }

            throw new DaprApiException("ERR_NOT_FOUND", $"method \"{context.Request.Method} {path}\" is not found", 404, Grpc.Core.StatusCode.NotFound);
        });
    }
}
