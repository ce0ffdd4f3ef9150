using System.Text.Json;

namespace PurchasePlatform.Gateway.Tests.Infrastructure;

public static class ResponseAssertions
{
    /// <summary>The body as JSON; can be called again on the same response.</summary>
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    public static string? HeaderValue(this HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var contentValues) ? string.Join(",", contentValues)
        : null;

    /// <summary>Checks the seed-003 error envelope (traceId = the response's correlation id) and returns its first error code.</summary>
    public static async Task<string> AssertErrorEnvelopeAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.JsonAsync();
        Assert.False(body.GetProperty("success").GetBoolean());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("message").GetString()));
        Assert.True(body.TryGetProperty("timestamp", out _));
        var correlationId = response.HeaderValue("X-Correlation-Id");
        Assert.False(string.IsNullOrEmpty(correlationId));
        Assert.Equal(correlationId, body.GetProperty("traceId").GetString());
        var error = body.GetProperty("errors")[0];
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
        return error.GetProperty("code").GetString()!;
    }
}
