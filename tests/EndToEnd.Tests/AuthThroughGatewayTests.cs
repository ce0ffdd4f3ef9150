using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace EndToEnd.Tests;

/// <summary>Seed 003's auth and user routes as a client uses them: through the gateway, on LocalDapr.</summary>
[Collection(PlatformCollection.Name)]
public sealed class AuthThroughGatewayTests(PlatformRun platform) : IAsyncLifetime
{
    private const string Password = "SecurePass123!";
    private readonly string _email = $"ann.{Guid.NewGuid():N}@example.com";
    private HttpClient _gateway = null!;

    public async Task InitializeAsync()
    {
        await platform.WaitUntilReadyAsync("identity");
        await platform.WaitUntilReadyAsync("gateway");
        _gateway = platform.Gateway();
    }

    public Task DisposeAsync()
    {
        _gateway.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Register_login_profile_addresses_and_password_change()
    {
        var registered = await _gateway.PostAsJsonAsync("api/v1/auth/register",
            new { email = _email, password = Password, firstName = "Ann", lastName = "Lee", phoneNumber = "+14155550100" });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var registration = await Data(registered);
        Assert.Equal(_email, registration.GetProperty("email").GetString());
        Assert.True(registration.GetProperty("emailVerificationRequired").GetBoolean());
        Assert.True(registered.Headers.Contains("X-RateLimit-Remaining"));

        var duplicate = await _gateway.PostAsJsonAsync("api/v1/auth/register",
            new { email = _email, password = Password, firstName = "Ann", lastName = "Lee", phoneNumber = "+14155550100" });
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);

        var login = await LoginAsync(_email, Password);
        Assert.Equal(3600, login.GetProperty("expiresIn").GetInt32());
        Assert.Equal("Bearer", login.GetProperty("tokenType").GetString());
        Assert.Equal(["Customer"], login.GetProperty("user").GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Authorize(login);

        var profile = await Data(await _gateway.GetAsync("api/v1/users/profile"));
        Assert.Equal(_email, profile.GetProperty("email").GetString());
        Assert.Equal(registration.GetProperty("userId").GetString(), profile.GetProperty("id").GetString());

        var updated = await _gateway.PutAsJsonAsync("api/v1/users/profile",
            new { firstName = "Ann", lastName = "Smith", phoneNumber = "+14155550100", dateOfBirth = "1990-01-15" });
        Assert.Equal("Smith", (await Data(updated)).GetProperty("lastName").GetString());

        var address = await _gateway.PostAsJsonAsync("api/v1/users/addresses",
            new { street = "456 Oak Ave", city = "Los Angeles", state = "CA", zipCode = "90001", country = "USA", isDefault = false });
        Assert.Equal(HttpStatusCode.Created, address.StatusCode);
        var addresses = (await Data(await _gateway.GetAsync("api/v1/users/profile"))).GetProperty("addresses");
        Assert.True(Assert.Single(addresses.EnumerateArray()).GetProperty("isDefault").GetBoolean());

        var changed = await _gateway.PostAsJsonAsync("api/v1/users/change-password",
            new { currentPassword = Password, newPassword = "NewPass456!", confirmPassword = "NewPass456!" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        await LoginAsync(_email, "NewPass456!");
    }

    [Fact]
    public async Task A_reused_refresh_token_revokes_its_family_and_logout_ends_the_session()
    {
        await RegisterAsync();
        var first = await LoginAsync(_email, Password);

        var rotated = await RefreshAsync(first.GetProperty("refreshToken").GetString()!);
        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        var second = await Data(rotated);
        Assert.NotEqual(first.GetProperty("refreshToken").GetString(), second.GetProperty("refreshToken").GetString());

        Assert.Equal(HttpStatusCode.Unauthorized, (await RefreshAsync(first.GetProperty("refreshToken").GetString()!)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await RefreshAsync(second.GetProperty("refreshToken").GetString()!)).StatusCode);

        var session = await LoginAsync(_email, Password);
        Authorize(session);
        var logout = await _gateway.PostAsJsonAsync("api/v1/auth/logout", new { refreshToken = session.GetProperty("refreshToken").GetString() });
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await RefreshAsync(session.GetProperty("refreshToken").GetString()!)).StatusCode);
    }

    [Fact]
    public async Task The_gateway_refuses_missing_and_forged_tokens_in_the_envelope()
    {
        var anonymous = await _gateway.GetAsync("api/v1/users/profile");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        var body = await anonymous.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.GetProperty("success").GetBoolean());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("traceId").GetString()));

        var unsigned = Base64Url("""{"alg":"none","typ":"JWT"}""") + "." +
            Base64Url($$"""{"sub":"{{Guid.NewGuid()}}","iss":"purchase-platform","aud":"purchase-platform-api","exp":{{DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds()}}}""") + ".";
        using var forged = new HttpRequestMessage(HttpMethod.Get, "api/v1/users/profile");
        forged.Headers.Authorization = new AuthenticationHeaderValue("Bearer", unsigned);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _gateway.SendAsync(forged)).StatusCode);
    }

    [Fact]
    public async Task The_mailed_tokens_verify_the_email_and_reset_the_password_once()
    {
        await using var inbox = await EventInbox.OpenAsync(platform, "users.email_verification_requested.v1", "users.password_reset_requested.v1");
        await RegisterAsync();

        var verification = await inbox.WaitForAsync("email_verification_requested", _email);
        var verified = await _gateway.PostAsJsonAsync("api/v1/auth/verify-email",
            new { email = _email, token = verification.GetProperty("verification_token").GetString() });
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await _gateway.PostAsJsonAsync("api/v1/users/forgot-password", new { email = _email })).StatusCode);
        var reset = await inbox.WaitForAsync("password_reset_requested", _email);
        var request = new { email = _email, token = reset.GetProperty("reset_token").GetString(), newPassword = "NewPass789!", confirmPassword = "NewPass789!" };

        var first = await _gateway.PostAsJsonAsync("api/v1/users/reset-password", request);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("Password reset successfully", (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await _gateway.PostAsJsonAsync("api/v1/users/reset-password", request)).StatusCode);
        await LoginAsync(_email, "NewPass789!");
    }

    [Fact]
    public async Task Addresses_are_updated_and_deleted_and_one_stays_default()
    {
        await RegisterAsync();
        Authorize(await LoginAsync(_email, Password));
        var home = await Data(await _gateway.PostAsJsonAsync("api/v1/users/addresses",
            new { street = "1 Home St", city = "Austin", state = "TX", zipCode = "73301", country = "USA", isDefault = true }));
        var work = await Data(await _gateway.PostAsJsonAsync("api/v1/users/addresses",
            new { street = "2 Work Ave", city = "Austin", state = "TX", zipCode = "73301", country = "USA", isDefault = false }));

        var updated = await _gateway.PutAsJsonAsync($"api/v1/users/addresses/{work.GetProperty("id").GetString()}",
            new { street = "2 Work Avenue", city = "Austin", state = "TX", zipCode = "73301", country = "USA", isDefault = true });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("2 Work Avenue", (await Data(updated)).GetProperty("street").GetString());

        var deleted = await _gateway.DeleteAsync($"api/v1/users/addresses/{work.GetProperty("id").GetString()}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        var remaining = Assert.Single((await Data(await _gateway.GetAsync("api/v1/users/profile"))).GetProperty("addresses").EnumerateArray());
        Assert.Equal(home.GetProperty("id").GetString(), remaining.GetProperty("id").GetString());
        Assert.True(remaining.GetProperty("isDefault").GetBoolean());
    }

    [Fact]
    public async Task Forgot_password_answers_the_same_for_known_and_unknown_emails()
    {
        await RegisterAsync();
        var known = await _gateway.PostAsJsonAsync("api/v1/users/forgot-password", new { email = _email });
        var unknown = await _gateway.PostAsJsonAsync("api/v1/users/forgot-password", new { email = $"nobody.{Guid.NewGuid():N}@example.com" });
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal((await known.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString(),
            (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString());
    }

    [Fact]
    public async Task The_local_admin_logs_in_with_the_password_from_the_secret_file_and_the_keys_are_public()
    {
        var secrets = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(PlatformRun.RepositoryRoot, "secrets", "local-secrets.json")));
        var adminPassword = secrets.RootElement.GetProperty("identity").GetProperty("adminPassword").GetString()!;
        var admin = await LoginAsync("admin@purchase-platform.local", adminPassword);
        Assert.Contains("Admin", admin.GetProperty("user").GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        var jwks = await _gateway.GetFromJsonAsync<JsonElement>(".well-known/jwks.json");
        Assert.Equal("RSA", jwks.GetProperty("keys")[0].GetProperty("kty").GetString());
    }

    [Fact]
    public async Task A_customer_cannot_read_another_customers_account_through_the_internal_route()
    {
        await RegisterAsync();
        var ann = await LoginAsync(_email, Password);
        var otherEmail = $"bob.{Guid.NewGuid():N}@example.com";
        var other = await Data(await _gateway.PostAsJsonAsync("api/v1/auth/register",
            new { email = otherEmail, password = Password, firstName = "Bob", lastName = "Ray", phoneNumber = "+14155550101" }));

        using var sidecar = platform.GatewaySidecar();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"v1.0/invoke/identity/method/api/users/{other.GetProperty("userId").GetString()}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ann.GetProperty("accessToken").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await sidecar.SendAsync(request)).StatusCode);
    }

    private async Task RegisterAsync()
    {
        var response = await _gateway.PostAsJsonAsync("api/v1/auth/register",
            new { email = _email, password = Password, firstName = "Ann", lastName = "Lee", phoneNumber = "+14155550100" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private async Task<JsonElement> LoginAsync(string email, string password)
    {
        var response = await _gateway.PostAsJsonAsync("api/v1/auth/login", new { email, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Data(response);
    }

    private Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        _gateway.PostAsJsonAsync("api/v1/auth/refresh", new { refreshToken });

    private void Authorize(JsonElement login) =>
        _gateway.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());

    private static async Task<JsonElement> Data(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("success").GetBoolean(), body.ToString());
        return body.GetProperty("data");
    }

    private static string Base64Url(string json) =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
