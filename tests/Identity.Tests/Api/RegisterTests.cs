using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PurchasePlatform.Identity.Tests.Infrastructure;

namespace PurchasePlatform.Identity.Tests.Api;

[Collection(IdentityAppCollection.Name)]
public sealed class RegisterTests(IdentityApp app)
{
    [Fact]
    public async Task Registering_answers_201_with_the_documented_envelope()
    {
        var email = IdentityCalls.NewEmail();

        using var response = await app.Client.PostAsJsonAsync("/api/v1/auth/register", IdentityCalls.Registration(email));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.True(body.GetProperty("success").GetBoolean());
        Assert.Equal("Registration successful. Please verify your email.", body.GetProperty("message").GetString());
        var data = body.GetProperty("data");
        Assert.True(Guid.TryParse(data.GetProperty("userId").GetString(), out _));
        Assert.Equal(email, data.GetProperty("email").GetString());
        Assert.True(data.GetProperty("emailVerificationRequired").GetBoolean());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", body.GetProperty("timestamp").GetString());
    }

    [Fact]
    public async Task The_same_email_again_in_other_letter_case_is_409_already_exists()
    {
        var email = IdentityCalls.NewEmail();
        await app.Client.RegisterAsync(email);

        using var response = await app.Client.PostAsJsonAsync("/api/v1/auth/register", IdentityCalls.Registration(email.ToUpperInvariant()));

        await response.AssertErrorAsync(HttpStatusCode.Conflict, "ALREADY_EXISTS", "email");
    }

    [Fact]
    public async Task Invalid_fields_are_400_naming_each_field_and_nothing_is_stored()
    {
        var email = IdentityCalls.NewEmail("invalid");
        using var response = await app.Client.PostAsJsonAsync("/api/v1/auth/register",
            new { email = "not-an-email", password = "short", firstName = "", lastName = new string('x', 101), phoneNumber = "12345" });

        var body = await response.AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_FORMAT", "email");
        var fields = body.FieldCodes();
        Assert.Equal("VALIDATION_ERROR", fields["password"]);
        Assert.Equal("REQUIRED_FIELD", fields["firstName"]);
        Assert.Equal("VALIDATION_ERROR", fields["lastName"]);
        Assert.Equal("INVALID_FORMAT", fields["phoneNumber"]);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.Users.CountAsync(u => u.NormalizedEmail == "not-an-email")));
    }

    [Theory]
    [InlineData("Password1", "symbol")]
    [InlineData("password1!", "upper-case")]
    [InlineData("PASSWORD1!", "lower-case")]
    [InlineData("Password!!", "digit")]
    [InlineData("Pa1!", "at least 8")]
    public async Task The_password_policy_names_what_is_missing(string password, string expected)
    {
        using var response = await app.Client.PostAsJsonAsync("/api/v1/auth/register", IdentityCalls.Registration(IdentityCalls.NewEmail(), password));

        var body = await response.AssertErrorAsync(HttpStatusCode.BadRequest, "VALIDATION_ERROR", "password");
        Assert.Contains(expected, body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Sql_looking_input_is_a_clear_400_and_stores_nothing()
    {
        var before = await app.InDatabaseAsync(db => db.Users.CountAsync());

        using var response = await app.Client.PostAsJsonAsync("/api/v1/auth/register", IdentityCalls.Registration("' OR 1=1 --"));
        using var login = await app.Client.PostAsJsonAsync("/api/v1/auth/login", new { email = "' OR 1=1 --", password = "x" });
        using var names = await app.Client.PostAsJsonAsync("/api/v1/auth/register",
            new { email = IdentityCalls.NewEmail(), password = IdentityCalls.Password, firstName = "Robert'); DROP TABLE users;--", lastName = "Doe" });

        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_FORMAT", "email");
        await login.AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_FORMAT", "email");
        await names.AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_FORMAT", "firstName");
        Assert.Equal(before, await app.InDatabaseAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task An_oversized_field_is_400_naming_it_and_an_oversized_body_is_413()
    {
        var email = IdentityCalls.NewEmail();
        using var longName = await app.Client.PostAsJsonAsync("/api/v1/auth/register",
            new { email, password = IdentityCalls.Password, firstName = new string('a', 10_000), lastName = "Doe" });
        using var hugeBody = await app.Client.PostAsJsonAsync("/api/v1/auth/register",
            new { email, password = IdentityCalls.Password, firstName = "John", lastName = "Doe", padding = new string('a', 100_000) });

        var body = await longName.AssertErrorAsync(HttpStatusCode.BadRequest, "VALIDATION_ERROR", "firstName");
        Assert.Equal("First name must be at most 100 characters", body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, hugeBody.StatusCode);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.Users.CountAsync(u => u.NormalizedEmail == email)));
    }
}
