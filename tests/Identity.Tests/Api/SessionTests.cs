using System.Net;
using System.Net.Http.Json;
using PurchasePlatform.Identity.Tests.Infrastructure;

namespace PurchasePlatform.Identity.Tests.Api;

[Collection(IdentityAppCollection.Name)]
public sealed class SessionTests(IdentityApp app)
{
    [Fact]
    public async Task Refresh_rotates_the_refresh_token_and_returns_a_working_access_token()
    {
        var session = await app.Client.SignUpAsync();

        using var response = await app.Client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = session.RefreshToken });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = (await response.JsonAsync()).GetProperty("data");
        Assert.NotEqual(session.RefreshToken, data.GetProperty("refreshToken").GetString());
        Assert.Equal(3600, data.GetProperty("expiresIn").GetInt32());
        Assert.Equal("Bearer", data.GetProperty("tokenType").GetString());
        using var profile = await app.Client.SendAsync(HttpMethod.Get, "/api/v1/users/profile", data.GetProperty("accessToken").GetString());
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
    }

    [Fact]
    public async Task Replaying_a_used_refresh_token_is_401_and_revokes_the_whole_session_but_not_others()
    {
        var session = await app.Client.SignUpAsync();
        var otherDevice = await app.Client.LoginAsync(session.Email);
        var successor = await RefreshAsync(session.RefreshToken);

        using var replay = await app.Client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = session.RefreshToken });
        using var successorAfterReplay = await app.Client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = successor });
        using var otherSession = await app.Client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = otherDevice.RefreshToken });

        await replay.AssertErrorAsync(HttpStatusCode.Unauthorized, "INVALID_TOKEN");
        await successorAfterReplay.AssertErrorAsync(HttpStatusCode.Unauthorized, "INVALID_TOKEN");
        Assert.Equal(HttpStatusCode.OK, otherSession.StatusCode);
    }

    [Fact]
    public async Task An_unknown_refresh_token_is_401()
    {
        using var response = await app.Client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = "made-up" });

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "INVALID_TOKEN");
    }

    [Fact]
    public async Task Logout_answers_204_and_the_refresh_token_stops_working()
    {
        var session = await app.Client.SignUpAsync();
        var successor = await RefreshAsync(session.RefreshToken);

        using var logout = await app.Client.SendAsync(HttpMethod.Post, "/api/v1/auth/logout", session.AccessToken, new { refreshToken = successor });
        using var refresh = await app.Client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = successor });

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        await refresh.AssertErrorAsync(HttpStatusCode.Unauthorized, "INVALID_TOKEN");
    }

    [Fact]
    public async Task Logout_needs_an_access_token_and_cannot_end_someone_elses_session()
    {
        var victim = await app.Client.SignUpAsync("victim");
        var attacker = await app.Client.SignUpAsync("attacker");

        using var anonymous = await app.Client.PostAsJsonAsync("/api/v1/auth/logout", new { refreshToken = victim.RefreshToken });
        using var foreign = await app.Client.SendAsync(HttpMethod.Post, "/api/v1/auth/logout", attacker.AccessToken, new { refreshToken = victim.RefreshToken });

        await anonymous.AssertErrorAsync(HttpStatusCode.Unauthorized, "UNAUTHORIZED");
        Assert.Equal(HttpStatusCode.NoContent, foreign.StatusCode);
        Assert.NotNull(await RefreshAsync(victim.RefreshToken));
    }

    private async Task<string> RefreshAsync(string refreshToken)
    {
        using var response = await app.Client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("data").GetProperty("refreshToken").GetString()!;
    }
}
