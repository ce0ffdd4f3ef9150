using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace PurchasePlatform.Identity.Tests.Infrastructure;

/// <summary>Calls to Identity's API the way a client makes them.</summary>
public static class IdentityCalls
{
    public const string Password = "SecurePass123!";

    public static string NewEmail(string prefix = "user") => $"{prefix}-{Guid.NewGuid():N}@example.com";

    public static object Registration(string email, string password = Password) =>
        new { email, password, firstName = "John", lastName = "Doe", phoneNumber = "+1234567890" };

    public static async Task<Guid> RegisterAsync(this HttpClient client, string email, string password = Password)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/auth/register", Registration(email, password));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("data").GetProperty("userId").GetGuid();
    }

    public static async Task<Session> LoginAsync(this HttpClient client, string email, string password = Password)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = (await response.JsonAsync()).GetProperty("data");
        return new Session(data.GetProperty("user").GetProperty("id").GetGuid(), email,
            data.GetProperty("accessToken").GetString()!, data.GetProperty("refreshToken").GetString()!);
    }

    /// <summary>A new customer, registered and logged in.</summary>
    public static async Task<Session> SignUpAsync(this HttpClient client, string prefix = "user")
    {
        var email = NewEmail(prefix);
        await client.RegisterAsync(email);
        return await client.LoginAsync(email);
    }

    public static Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string path, string? accessToken, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return client.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>Asserts a 003 error envelope with <paramref name="status"/> whose first error has <paramref name="code"/> (and field).</summary>
    public static async Task<JsonElement> AssertErrorAsync(this HttpResponseMessage response, HttpStatusCode status, string code, string? field = null)
    {
        Assert.Equal(status, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.False(body.GetProperty("success").GetBoolean());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("traceId").GetString()));
        var errors = body.GetProperty("errors").EnumerateArray().ToList();
        var error = field is null ? errors[0] : errors.Single(e => e.TryGetProperty("field", out var f) && f.GetString() == field);
        Assert.Equal(code, error.GetProperty("code").GetString());
        return body;
    }

    /// <summary>field -> code of an error envelope's field errors.</summary>
    public static Dictionary<string, string?> FieldCodes(this JsonElement envelope) =>
        envelope.GetProperty("errors").EnumerateArray()
            .Where(error => error.TryGetProperty("field", out _))
            .ToDictionary(error => error.GetProperty("field").GetString()!, error => error.GetProperty("code").GetString());

    /// <summary>Asserts a ProblemDetails answer (the 002 routes) with <paramref name="status"/> and platform <paramref name="code"/>.</summary>
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.JsonAsync();
        Assert.Equal(code, body.GetProperty("code").GetString());
        return body;
    }
}
