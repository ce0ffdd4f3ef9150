using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using PurchasePlatform.Identity.Infrastructure;
using PurchasePlatform.Identity.Tests.Infrastructure;

namespace PurchasePlatform.Identity.Tests.Api;

/// <summary>Seed 002's /api/users routes, which other services reach by Dapr service invocation.</summary>
[Collection(IdentityAppCollection.Name)]
public sealed class InternalUsersTests(IdentityApp app)
{
    [Fact]
    public async Task An_admin_creates_a_user_with_002s_request_and_response_shape()
    {
        var admin = await AdminAsync();
        var email = IdentityCalls.NewEmail("created");
        var username = "u" + Guid.NewGuid().ToString("N")[..12];

        using var response = await app.Client.SendAsync(HttpMethod.Post, "/api/users", admin.AccessToken, NewUser(email, username));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var user = await response.JsonAsync();
        var id = user.GetProperty("id").GetGuid();
        Assert.Equal($"/api/users/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal(email, user.GetProperty("email").GetString());
        Assert.Equal(username, user.GetProperty("username").GetString());
        Assert.Equal("John", user.GetProperty("first_name").GetString());
        Assert.Equal("Doe", user.GetProperty("last_name").GetString());
        Assert.Equal("+1234567890", user.GetProperty("phone").GetString());
        Assert.True(user.GetProperty("is_active").GetBoolean());
        Assert.False(user.GetProperty("is_verified").GetBoolean());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", user.GetProperty("created_at").GetString());
        await app.Client.LoginAsync(email);
    }

    [Fact]
    public async Task Creating_users_needs_the_users_admin_scope()
    {
        var customer = await app.Client.SignUpAsync();

        using var asCustomer = await app.Client.SendAsync(HttpMethod.Post, "/api/users", customer.AccessToken, NewUser(IdentityCalls.NewEmail(), null));
        using var anonymous = await app.Client.SendAsync(HttpMethod.Post, "/api/users", null, NewUser(IdentityCalls.NewEmail(), null));

        await asCustomer.AssertProblemAsync(HttpStatusCode.Forbidden, "FORBIDDEN");
        await anonymous.AssertProblemAsync(HttpStatusCode.Unauthorized, "UNAUTHORIZED");
    }

    [Fact]
    public async Task Duplicates_and_invalid_input_answer_002s_codes_and_snake_case_fields()
    {
        var admin = await AdminAsync();
        var email = IdentityCalls.NewEmail();
        var username = "u" + Guid.NewGuid().ToString("N")[..12];
        using (var created = await app.Client.SendAsync(HttpMethod.Post, "/api/users", admin.AccessToken, NewUser(email, username)))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using var sameEmail = await app.Client.SendAsync(HttpMethod.Post, "/api/users", admin.AccessToken, NewUser(email, null));
        using var sameUsername = await app.Client.SendAsync(HttpMethod.Post, "/api/users", admin.AccessToken, NewUser(IdentityCalls.NewEmail(), username));
        using var invalid = await app.Client.SendAsync(HttpMethod.Post, "/api/users", admin.AccessToken,
            new { email = "' OR 1=1 --", password = "password123", first_name = "", last_name = "Doe" });

        await sameEmail.AssertProblemAsync(HttpStatusCode.Conflict, "USER_001");
        await sameUsername.AssertProblemAsync(HttpStatusCode.Conflict, "USER_002");
        var problem = await invalid.AssertProblemAsync(HttpStatusCode.BadRequest, "INVALID_FORMAT");
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("email", fields);
        Assert.Contains("password", fields);
        Assert.Contains("first_name", fields);
    }

    [Fact]
    public async Task A_customer_reads_and_updates_their_own_user_but_gets_403_for_anyone_else()
    {
        var customer = await app.Client.SignUpAsync();
        var other = await app.Client.SignUpAsync("other");

        using var own = await app.Client.SendAsync(HttpMethod.Get, $"/api/users/{customer.UserId}", customer.AccessToken);
        using var update = await app.Client.SendAsync(HttpMethod.Put, $"/api/users/{customer.UserId}", customer.AccessToken, new { last_name = "Smith" });
        using var foreignRead = await app.Client.SendAsync(HttpMethod.Get, $"/api/users/{other.UserId}", customer.AccessToken);
        using var foreignUpdate = await app.Client.SendAsync(HttpMethod.Put, $"/api/users/{other.UserId}", customer.AccessToken, new { last_name = "Hacked" });
        using var foreignEvents = await app.Client.SendAsync(HttpMethod.Get, $"/api/users/{other.UserId}/events", customer.AccessToken);
        using var nonexistent = await app.Client.SendAsync(HttpMethod.Get, $"/api/users/{Guid.NewGuid()}", customer.AccessToken);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var user = await own.JsonAsync();
        Assert.Equal(customer.UserId, user.GetProperty("id").GetGuid());
        Assert.True(user.TryGetProperty("profile", out var profile));
        Assert.Equal(JsonValueKind.Null, profile.GetProperty("bio").ValueKind);
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        var updated = await update.JsonAsync();
        Assert.Equal("Smith", updated.GetProperty("last_name").GetString());
        Assert.Equal("John", updated.GetProperty("first_name").GetString());
        Assert.Equal("+1234567890", updated.GetProperty("phone").GetString());
        await foreignRead.AssertProblemAsync(HttpStatusCode.Forbidden, "FORBIDDEN");
        await foreignUpdate.AssertProblemAsync(HttpStatusCode.Forbidden, "FORBIDDEN");
        await foreignEvents.AssertProblemAsync(HttpStatusCode.Forbidden, "FORBIDDEN");
        await nonexistent.AssertProblemAsync(HttpStatusCode.Forbidden, "FORBIDDEN");
        using var otherAfter = await app.Client.SendAsync(HttpMethod.Get, "/api/v1/users/profile", other.AccessToken);
        Assert.Equal("Doe", (await otherAfter.JsonAsync()).GetProperty("data").GetProperty("lastName").GetString());
    }

    [Fact]
    public async Task An_admin_reads_anyone_and_an_unknown_id_is_404_user_004()
    {
        var admin = await AdminAsync();
        var customer = await app.Client.SignUpAsync();

        using var read = await app.Client.SendAsync(HttpMethod.Get, $"/api/users/{customer.UserId}", admin.AccessToken);
        using var missing = await app.Client.SendAsync(HttpMethod.Get, $"/api/users/{Guid.NewGuid()}", admin.AccessToken);
        using var malformed = await app.Client.SendAsync(HttpMethod.Get, "/api/users/not-a-guid", admin.AccessToken);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(customer.Email, (await read.JsonAsync()).GetProperty("email").GetString());
        await missing.AssertProblemAsync(HttpStatusCode.NotFound, "USER_004");
        await malformed.AssertProblemAsync(HttpStatusCode.NotFound, "USER_004");
    }

    [Fact]
    public async Task Verify_with_the_mailed_token_and_the_event_history_lists_events_oldest_first_without_tokens()
    {
        var customer = await app.Client.SignUpAsync();
        var token = (await app.Mailbox.WaitForAsync(customer.UserId, "email_verification_requested")).Field("verification_token")!;

        using var wrong = await app.Client.SendAsync(HttpMethod.Post, $"/api/users/{customer.UserId}/verify", customer.AccessToken,
            new { verification_token = "abc123" });
        using var verify = await app.Client.SendAsync(HttpMethod.Post, $"/api/users/{customer.UserId}/verify", customer.AccessToken,
            new { verification_token = token });
        using var history = await app.Client.SendAsync(HttpMethod.Get, $"/api/users/{customer.UserId}/events", customer.AccessToken);

        await wrong.AssertProblemAsync(HttpStatusCode.BadRequest, "USER_003");
        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
        Assert.True((await verify.JsonAsync()).GetProperty("is_verified").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, history.StatusCode);
        var events = (await history.JsonAsync()).GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(["user_created", "email_verification_requested", "user_verified"], events.Select(e => e.GetProperty("event_type").GetString()));
        Assert.All(events, e => Assert.StartsWith("evt-", e.GetProperty("id").GetString()));
        Assert.Equal(customer.Email, events[0].GetProperty("data").GetProperty("email").GetString());
        Assert.True(events[2].GetProperty("data").TryGetProperty("verified_at", out _));
        Assert.DoesNotContain(token, await history.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Other_services_reach_the_routes_through_dapr_service_invocation()
    {
        var customer = await app.Client.SignUpAsync();
        using var sidecar = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{app.SidecarHttpPort}/") };
        using var request = new HttpRequestMessage(HttpMethod.Get, $"v1.0/invoke/identity/method/api/users/{customer.UserId}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", customer.AccessToken);

        using var response = await sidecar.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(customer.UserId, (await response.JsonAsync()).GetProperty("id").GetGuid());
    }

    private Task<Session> AdminAsync() => app.Client.LoginAsync(AdministratorSeeder.Email, IdentityTestHost.AdminPassword);

    private static object NewUser(string email, string? username) =>
        new { email, username, password = IdentityCalls.Password, first_name = "John", last_name = "Doe", phone = "+1234567890" };
}
