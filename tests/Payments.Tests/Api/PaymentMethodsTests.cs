using System.Net;
using System.Text;
using PurchasePlatform.Payments.Tests.Infrastructure;

namespace PurchasePlatform.Payments.Tests.Api;

public sealed class PaymentMethodsTests : PaymentsHost
{
    private readonly Guid user = Guid.NewGuid();

    [Fact]
    public async Task A_card_token_is_saved_with_its_display_details_only()
    {
        var response = await PostAsync("/api/v1/payments/methods", TestTokens.Customer(user), new { type = "card", cardToken = "tok_visa", isDefault = true }, null);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var data = (await JsonAsync(response)).GetProperty("data");
        Assert.StartsWith("pm-", data.GetProperty("id").GetString());
        Assert.Equal("card", data.GetProperty("type").GetString());
        Assert.Equal("4242", data.GetProperty("last4").GetString());
        Assert.Equal("visa", data.GetProperty("brand").GetString());
        Assert.Equal(12, data.GetProperty("expiryMonth").GetInt32());
        Assert.Equal(2030, data.GetProperty("expiryYear").GetInt32());
        Assert.True(data.GetProperty("isDefault").GetBoolean());
        Assert.Equal($"/api/v1/payments/methods/{data.GetProperty("id").GetString()}", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task The_list_shows_the_callers_methods_and_one_default()
    {
        var token = TestTokens.Customer(user);
        await PostAsync("/api/v1/payments/methods", token, new { type = "card", cardToken = "tok_visa", isDefault = false }, null);
        await PostAsync("/api/v1/payments/methods", token, new { type = "card", cardToken = "tok_mastercard", isDefault = true }, null);
        await PostAsync("/api/v1/payments/methods", TestTokens.Customer(Guid.NewGuid()), new { type = "card", cardToken = "tok_visa", isDefault = true }, null);

        var response = await GetAsync("/api/v1/payments/methods", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var methods = (await JsonAsync(response)).GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(2, methods.Count);
        var defaultMethod = Assert.Single(methods, m => m.GetProperty("isDefault").GetBoolean());
        Assert.Equal("mastercard", defaultMethod.GetProperty("brand").GetString());
    }

    [Fact]
    public async Task Deleting_a_method_answers_204_then_404_and_another_users_is_404()
    {
        var token = TestTokens.Customer(user);
        var created = await JsonAsync(await PostAsync("/api/v1/payments/methods", token, new { type = "card", cardToken = "tok_visa", isDefault = true }, null));
        var id = created.GetProperty("data").GetProperty("id").GetString();

        var byOther = await SendAsync(HttpMethod.Delete, $"/api/v1/payments/methods/{id}", TestTokens.Customer(Guid.NewGuid()));
        var deleted = await SendAsync(HttpMethod.Delete, $"/api/v1/payments/methods/{id}", token);
        var again = await SendAsync(HttpMethod.Delete, $"/api/v1/payments/methods/{id}", token);

        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(0, (await JsonAsync(await GetAsync("/api/v1/payments/methods", token))).GetProperty("data").GetArrayLength());
    }

    [Theory]
    [InlineData("card", "tok_nonsense", "cardToken")]
    [InlineData("bank", "tok_visa", "type")]
    [InlineData("card", "", "cardToken")]
    public async Task Unknown_tokens_and_types_are_refused(string type, string cardToken, string field)
    {
        var response = await PostAsync("/api/v1/payments/methods", TestTokens.Customer(user), new { type, cardToken, isDefault = true }, null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, (await JsonAsync(response)).GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task Methods_need_the_payments_scope()
    {
        var response = await GetAsync("/api/v1/payments/methods", TestTokens.WithScopes(user, "profile"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Card_numbers_sent_to_the_internal_route_are_never_stored()
    {
        var response = await PostAsync("/api/payments", TestTokens.Customer(user), PaymentRequests.InternalWithCard(user, "4242424242424242"), Key());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await PostAsync("/api/v1/payments/methods", TestTokens.Customer(user), new { type = "card", cardToken = "tok_visa", isDefault = true }, null);

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var stored = new StringBuilder();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(DatabaseFile)!, "payments.db*"))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream, Encoding.Latin1);
            stored.Append(await reader.ReadToEndAsync());
        }

        Assert.Contains("tok_visa", stored.ToString());
        Assert.DoesNotContain("4242424242424242", stored.ToString());
    }
}
