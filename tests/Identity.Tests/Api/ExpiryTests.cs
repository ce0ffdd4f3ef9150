using System.Net;
using System.Net.Http.Json;
using PurchasePlatform.Identity.Tests.Infrastructure;

namespace PurchasePlatform.Identity.Tests.Api;

/// <summary>
/// Expiry and lock times, on the app whose clock the tests move forward. Only anonymous routes are called here:
/// access tokens issued at a moved clock would not be valid yet by real time.
/// </summary>
[Collection(ControlledIdentityAppCollection.Name)]
public sealed class ExpiryTests(ControlledIdentityApp app)
{
    [Fact]
    public async Task A_reset_token_is_refused_after_30_minutes()
    {
        var email = IdentityCalls.NewEmail();
        var userId = await app.Client.RegisterAsync(email);
        using (await app.Client.PostAsJsonAsync("/api/v1/users/forgot-password", new { email }))
        {
        }

        await app.PublishOutboxAsync();
        var token = (await app.Mailbox.WaitForAsync(userId, "password_reset_requested")).Field("reset_token");
        app.TestClock.Advance(TimeSpan.FromMinutes(31));

        using var response = await app.Client.PostAsJsonAsync("/api/v1/users/reset-password",
            new { email, token, newPassword = "NewPass789!", confirmPassword = "NewPass789!" });

        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "EXPIRED_TOKEN", "token");
        await app.Client.LoginAsync(email);
    }

    [Fact]
    public async Task A_verification_token_is_refused_after_48_hours()
    {
        var email = IdentityCalls.NewEmail();
        var userId = await app.Client.RegisterAsync(email);
        await app.PublishOutboxAsync();
        var token = (await app.Mailbox.WaitForAsync(userId, "email_verification_requested")).Field("verification_token");
        app.TestClock.Advance(TimeSpan.FromHours(49));

        using var response = await app.Client.PostAsJsonAsync("/api/v1/auth/verify-email", new { email, token });

        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "EXPIRED_TOKEN", "token");
    }

    [Fact]
    public async Task A_locked_account_opens_again_after_15_minutes()
    {
        var email = IdentityCalls.NewEmail();
        await app.Client.RegisterAsync(email);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using (await app.Client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "WrongPass1!" }))
            {
            }
        }

        using (var locked = await app.Client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = IdentityCalls.Password }))
        {
            await locked.AssertErrorAsync(HttpStatusCode.Forbidden, "ACCOUNT_LOCKED");
        }

        app.TestClock.Advance(TimeSpan.FromMinutes(15));

        await app.Client.LoginAsync(email);
    }

    [Fact]
    public async Task A_refresh_token_is_refused_after_14_days()
    {
        var email = IdentityCalls.NewEmail();
        await app.Client.RegisterAsync(email);
        var session = await app.Client.LoginAsync(email);
        app.TestClock.Advance(TimeSpan.FromDays(14));

        using var response = await app.Client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = session.RefreshToken });

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "EXPIRED_TOKEN");
    }
}
