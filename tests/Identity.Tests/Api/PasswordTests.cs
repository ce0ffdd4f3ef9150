using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PurchasePlatform.Identity.Tests.Infrastructure;

namespace PurchasePlatform.Identity.Tests.Api;

[Collection(IdentityAppCollection.Name)]
public sealed class PasswordTests(IdentityApp app)
{
    private const string NewPassword = "NewPass456!";

    [Fact]
    public async Task Changing_the_password_answers_the_documented_message_and_only_the_new_one_works()
    {
        var session = await app.Client.SignUpAsync();

        using var response = await app.Client.SendAsync(HttpMethod.Post, "/api/v1/users/change-password", session.AccessToken,
            new { currentPassword = IdentityCalls.Password, newPassword = NewPassword, confirmPassword = NewPassword });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.True(body.GetProperty("success").GetBoolean());
        Assert.Equal("Password changed successfully", body.GetProperty("message").GetString());
        Assert.False(body.TryGetProperty("data", out _));
        using var oldPassword = await app.Client.PostAsJsonAsync("/api/v1/auth/login", new { email = session.Email, password = IdentityCalls.Password });
        await oldPassword.AssertErrorAsync(HttpStatusCode.Unauthorized, "UNAUTHORIZED");
        await app.Client.LoginAsync(session.Email, NewPassword);
        using var oldSession = await app.Client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = session.RefreshToken });
        await oldSession.AssertErrorAsync(HttpStatusCode.Unauthorized, "INVALID_TOKEN");
    }

    [Fact]
    public async Task A_wrong_current_password_is_400_naming_current_password()
    {
        var session = await app.Client.SignUpAsync();

        using var response = await app.Client.SendAsync(HttpMethod.Post, "/api/v1/users/change-password", session.AccessToken,
            new { currentPassword = "NotMine123!", newPassword = NewPassword, confirmPassword = NewPassword });

        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "VALIDATION_ERROR", "currentPassword");
        await app.Client.LoginAsync(session.Email);
    }

    [Fact]
    public async Task A_confirmation_that_does_not_match_is_400_naming_confirm_password()
    {
        var session = await app.Client.SignUpAsync();

        using var response = await app.Client.SendAsync(HttpMethod.Post, "/api/v1/users/change-password", session.AccessToken,
            new { currentPassword = IdentityCalls.Password, newPassword = NewPassword, confirmPassword = "NewPass457!" });

        var body = await response.AssertErrorAsync(HttpStatusCode.BadRequest, "VALIDATION_ERROR", "confirmPassword");
        Assert.Equal("Passwords do not match", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Forgot_password_answers_the_same_200_for_an_unknown_email_and_mails_only_known_ones()
    {
        var session = await app.Client.SignUpAsync();
        var unknown = IdentityCalls.NewEmail("nobody");
        var rowsBefore = await app.InDatabaseAsync(db => db.UserEvents.CountAsync());

        using var forUnknown = await app.Client.PostAsJsonAsync("/api/v1/users/forgot-password", new { email = unknown });
        var rowsAfterUnknown = await app.InDatabaseAsync(db => db.UserEvents.CountAsync());
        using var forKnown = await app.Client.PostAsJsonAsync("/api/v1/users/forgot-password", new { email = session.Email });

        Assert.Equal(HttpStatusCode.OK, forUnknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, forKnown.StatusCode);
        var unknownBody = await forUnknown.JsonAsync();
        Assert.Equal("Password reset link sent to your email", unknownBody.GetProperty("message").GetString());
        Assert.Equal(unknownBody.GetProperty("message").GetString(), (await forKnown.JsonAsync()).GetProperty("message").GetString());
        Assert.Equal(rowsBefore, rowsAfterUnknown);
        var mail = await app.Mailbox.WaitForAsync(session.UserId, "password_reset_requested");
        Assert.Equal("users.password_reset_requested.v1", mail.Topic);
        Assert.Equal(session.Email, mail.Field("email"));
        Assert.Equal(43, mail.Field("reset_token")!.Length);
        Assert.True(DateTime.Parse(mail.Field("expires_at")!).ToUniversalTime() > DateTime.UtcNow.AddMinutes(29));
    }

    [Fact]
    public async Task A_reset_token_sets_the_password_once_and_ends_every_session()
    {
        var session = await app.Client.SignUpAsync();
        using (await app.Client.PostAsJsonAsync("/api/v1/users/forgot-password", new { email = session.Email }))
        {
        }

        var token = (await app.Mailbox.WaitForAsync(session.UserId, "password_reset_requested")).Field("reset_token");
        var reset = new { email = session.Email, token, newPassword = NewPassword, confirmPassword = NewPassword };

        using var first = await app.Client.PostAsJsonAsync("/api/v1/users/reset-password", reset);
        using var second = await app.Client.PostAsJsonAsync("/api/v1/users/reset-password", reset);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("Password reset successfully", (await first.JsonAsync()).GetProperty("message").GetString());
        await second.AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_TOKEN", "token");
        await app.Client.LoginAsync(session.Email, NewPassword);
        using var oldSession = await app.Client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = session.RefreshToken });
        await oldSession.AssertErrorAsync(HttpStatusCode.Unauthorized, "INVALID_TOKEN");
    }

    [Fact]
    public async Task A_reset_with_a_made_up_token_or_unknown_email_is_400_and_changes_nothing()
    {
        var session = await app.Client.SignUpAsync();

        using var madeUp = await app.Client.PostAsJsonAsync("/api/v1/users/reset-password",
            new { email = session.Email, token = "made-up", newPassword = NewPassword, confirmPassword = NewPassword });
        using var unknown = await app.Client.PostAsJsonAsync("/api/v1/users/reset-password",
            new { email = IdentityCalls.NewEmail(), token = "made-up", newPassword = NewPassword, confirmPassword = NewPassword });

        await madeUp.AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_TOKEN", "token");
        await unknown.AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_TOKEN", "token");
        await app.Client.LoginAsync(session.Email);
    }
}
