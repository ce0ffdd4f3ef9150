using System.Net;
using System.Text.Json;

namespace PurchasePlatform.Cart.Tests.Infrastructure;

public static class ResponseJson
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The envelope's <c>data</c> of a 2xx answer.</summary>
    public static async Task<JsonElement> DataAsync(this HttpResponseMessage response)
    {
        var body = await response.JsonAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        Assert.True(body.GetProperty("success").GetBoolean());
        return body.GetProperty("data");
    }

    /// <summary>Asserts the status and the seed-003 error envelope, and answers its first error.</summary>
    public static async Task<JsonElement> ErrorAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.JsonAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.False(body.GetProperty("success").GetBoolean());
        var error = body.GetProperty("errors")[0];
        Assert.Equal(code, error.GetProperty("code").GetString());
        return error;
    }

    public static decimal Decimal(this JsonElement element, string name) => element.GetProperty(name).GetDecimal();
}
