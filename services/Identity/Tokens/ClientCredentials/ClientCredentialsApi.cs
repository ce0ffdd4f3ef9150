using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PurchasePlatform.BuildingBlocks.ServiceIdentity;

namespace PurchasePlatform.Identity.Tokens.ClientCredentials;

/// <summary>
/// <c>POST /api/v1/auth/token</c>: the OAuth2 client-credentials grant for services (internal: reached by Dapr
/// invocation). Answers RFC 6749's shapes, not the /api/v1 envelope: <c>{access_token, token_type, expires_in, scope}</c>,
/// or 400/401 <c>{error, error_description}</c>. Credentials in the body or in HTTP Basic.
/// </summary>
public static class ClientCredentialsApi
{
    public const string Path = "/api/v1/auth/token";
    private const int MaxFieldLength = 256;

    public static IEndpointConventionBuilder MapClientCredentialsApi(this IEndpointRouteBuilder app) =>
        app.MapPost(Path, IssueAsync).WithTags("Auth").AllowAnonymous().DisableAntiforgery();

    public static async Task<IResult> IssueAsync(HttpContext context, IOptions<ServiceClientOptions> clients, IClientSecretSource secrets,
        ServiceTokenIssuer issuer, CancellationToken cancellationToken)
    {
        context.Response.Headers.CacheControl = "no-store";
        var request = await ReadAsync(context.Request, cancellationToken);
        if (request is null)
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_request", "Send grant_type, client_id and client_secret as a form or JSON");
        }

        if (request.GrantType != "client_credentials")
        {
            return Error(StatusCodes.Status400BadRequest, "unsupported_grant_type", "Only client_credentials is supported here");
        }

        var (clientId, clientSecret) = Credentials(context.Request, request);
        if (string.IsNullOrEmpty(clientId) || string.IsNullOrEmpty(clientSecret) || clientId.Length > MaxFieldLength || clientSecret.Length > MaxFieldLength)
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_request", "client_id and client_secret are required");
        }

        var client = clients.Value.Clients.GetValueOrDefault(clientId);
        var stored = client is null ? null : await secrets.FindAsync(clientId, cancellationToken);
        if (client is null || stored is null || !SameSecret(stored, clientSecret))
        {
            return Error(StatusCodes.Status401Unauthorized, "invalid_client", "Unknown client or wrong secret");
        }

        var granted = client.ScopeList;
        if (!string.IsNullOrWhiteSpace(request.Scope))
        {
            var asked = request.Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (asked.Except(granted, StringComparer.Ordinal).Any())
            {
                return Error(StatusCodes.Status400BadRequest, "invalid_scope", "The client may not have every scope asked for");
            }

            granted = granted.Where(asked.Contains).ToList();
        }

        var token = issuer.Issue(clientId, granted);
        return TypedResults.Ok(new ClientCredentialsTokenResponse(token.Token, "Bearer", token.ExpiresIn, string.Join(' ', granted)));
    }

    private static async Task<ClientCredentialsRequest?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(cancellationToken);
                return new ClientCredentialsRequest(form["grant_type"], form["client_id"], form["client_secret"], form["scope"]);
            }

            return request.HasJsonContentType() ? await request.ReadFromJsonAsync<ClientCredentialsRequest>(cancellationToken) : null;
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException or BadHttpRequestException)
        {
            return null;
        }
    }

    // RFC 6749 §2.3.1: HTTP Basic with the form-urlencoded id and secret, or both in the body.
    private static (string? Id, string? Secret) Credentials(HttpRequest http, ClientCredentialsRequest request)
    {
        if (AuthenticationHeaderValue.TryParse(http.Headers.Authorization, out var header)
            && string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) && header.Parameter is { } encoded)
        {
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
                var colon = pair.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    return (Uri.UnescapeDataString(pair[..colon]), Uri.UnescapeDataString(pair[(colon + 1)..]));
                }
            }
            catch (FormatException)
            {
                return (null, null);
            }
        }

        return (request.ClientId, request.ClientSecret);
    }

    private static bool SameSecret(string stored, string given) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(stored)), SHA256.HashData(Encoding.UTF8.GetBytes(given)));

    private static IResult Error(int status, string error, string description) =>
        TypedResults.Json(new OAuthError(error, description), statusCode: status);
}
