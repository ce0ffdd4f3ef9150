using System.Net;
using System.Net.Http.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using PurchasePlatform.Identity.Tests.Infrastructure;

namespace PurchasePlatform.Identity.Tests.Api;

[Collection(IdentityAppCollection.Name)]
public sealed class LoginTests(IdentityApp app)
{
    [Fact]
    public async Task Login_answers_200_with_tokens_and_the_user_as_documented()
    {
        var email = IdentityCalls.NewEmail();
        var userId = await app.Client.RegisterAsync(email);

        using var response = await app.Client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = IdentityCalls.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = (await response.JsonAsync()).GetProperty("data");
        Assert.Equal(3600, data.GetProperty("expiresIn").GetInt32());
        Assert.Equal("Bearer", data.GetProperty("tokenType").GetString());
        Assert.Equal(43, data.GetProperty("refreshToken").GetString()!.Length);
        var user = data.GetProperty("user");
        Assert.Equal(userId, user.GetProperty("id").GetGuid());
        Assert.Equal(email, user.GetProperty("email").GetString());
        Assert.Equal("John", user.GetProperty("firstName").GetString());
        Assert.Equal("Doe", user.GetProperty("lastName").GetString());
        Assert.Equal(["Customer"], user.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        var token = new JsonWebToken(data.GetProperty("accessToken").GetString());
        Assert.Equal("RS256", token.Alg);
        Assert.Equal(userId.ToString("D"), token.Subject);
        Assert.Equal("Customer", token.GetClaim("role").Value);
    }

    [Fact]
    public async Task Email_is_matched_whatever_its_letter_case()
    {
        var email = IdentityCalls.NewEmail();
        var userId = await app.Client.RegisterAsync(email);

        var session = await app.Client.LoginAsync(email.ToUpperInvariant());

        Assert.Equal(userId, session.UserId);
    }

    [Fact]
    public async Task An_unknown_email_and_a_wrong_password_get_the_same_401()
    {
        var email = IdentityCalls.NewEmail();
        await app.Client.RegisterAsync(email);

        using var wrongPassword = await app.Client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "WrongPass123!" });
        using var unknownEmail = await app.Client.PostAsJsonAsync("/api/v1/auth/login", new { email = IdentityCalls.NewEmail(), password = "WrongPass123!" });

        var first = await wrongPassword.AssertErrorAsync(HttpStatusCode.Unauthorized, "UNAUTHORIZED");
        var second = await unknownEmail.AssertErrorAsync(HttpStatusCode.Unauthorized, "UNAUTHORIZED");
        Assert.Equal(first.GetProperty("errors").GetRawText(), second.GetProperty("errors").GetRawText());
        Assert.Equal("Invalid credentials", first.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(first.GetProperty("message").GetString(), second.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_password()
    {
        var email = IdentityCalls.NewEmail("brute");
        await app.Client.RegisterAsync(email);

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await app.Client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = $"Guess{attempt}!abc" });
            statuses.Add(wrong.StatusCode);
        }

        using var right = await app.Client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = IdentityCalls.Password });

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 4).Append(HttpStatusCode.Forbidden), statuses);
        var body = await right.AssertErrorAsync(HttpStatusCode.Forbidden, "ACCOUNT_LOCKED");
        var retryAfter = body.GetProperty("retryAfter").GetInt32();
        Assert.InRange(retryAfter, 800, 900);
        Assert.Equal(retryAfter.ToString(), right.Headers.RetryAfter!.ToString());
        Assert.DoesNotContain("accessToken", body.GetRawText());
    }

    [Fact]
    public async Task Failed_attempts_sent_at_once_all_count_towards_the_lock()
    {
        var email = IdentityCalls.NewEmail("parallel");
        await app.Client.RegisterAsync(email);

        var attempts = Enumerable.Range(1, 5).Select(i => app.Client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = $"Guess{i}!abc" }));
        foreach (var response in await Task.WhenAll(attempts))
        {
            response.Dispose();
        }

        using var right = await app.Client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = IdentityCalls.Password });
        await right.AssertErrorAsync(HttpStatusCode.Forbidden, "ACCOUNT_LOCKED");
    }

    [Fact]
    public async Task Missing_credentials_are_400_naming_the_fields()
    {
        using var response = await app.Client.PostAsJsonAsync("/api/v1/auth/login", new { });

        var body = await response.AssertErrorAsync(HttpStatusCode.BadRequest, "REQUIRED_FIELD", "email");
        Assert.Equal("REQUIRED_FIELD", body.FieldCodes()["password"]);
    }
}
