using System.Net;
using System.Net.Http.Json;
using PurchasePlatform.Identity.Tests.Infrastructure;

namespace PurchasePlatform.Identity.Tests.Api;

[Collection(IdentityAppCollection.Name)]
public sealed class EmailVerificationTests(IdentityApp app)
{
    [Fact]
    public async Task The_token_from_the_verification_mail_verifies_the_email_and_user_verified_is_published()
    {
        var email = IdentityCalls.NewEmail();
        var userId = await app.Client.RegisterAsync(email);
        var mail = await app.Mailbox.WaitForAsync(userId, "email_verification_requested");
        var token = mail.Field("verification_token")!;
        Assert.Equal(email, mail.Field("email"));
        Assert.Equal("users.email_verification_requested.v1", mail.Topic);

        using var wrong = await app.Client.PostAsJsonAsync("/api/v1/auth/verify-email", new { email, token = "not-the-token" });
        using var right = await app.Client.PostAsJsonAsync("/api/v1/auth/verify-email", new { email, token });
        using var again = await app.Client.PostAsJsonAsync("/api/v1/auth/verify-email", new { email, token });

        await wrong.AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_TOKEN", "token");
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal("Email verified successfully", (await right.JsonAsync()).GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var verified = await app.Mailbox.WaitForAsync(userId, "user_verified");
        Assert.Equal("users.user_verified.v1", verified.Topic);
    }

    [Fact]
    public async Task An_unknown_email_gets_the_same_answer_as_a_wrong_token()
    {
        using var response = await app.Client.PostAsJsonAsync("/api/v1/auth/verify-email", new { email = IdentityCalls.NewEmail(), token = "anything" });

        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_TOKEN", "token");
    }
}
