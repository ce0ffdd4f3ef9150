using System.Net;
using PurchasePlatform.Identity.Tests.Infrastructure;

namespace PurchasePlatform.Identity.Tests.Api;

[Collection(IdentityAppCollection.Name)]
public sealed class ProfileTests(IdentityApp app)
{
    [Fact]
    public async Task The_profile_has_the_documented_shape()
    {
        var session = await app.Client.SignUpAsync();

        using var response = await app.Client.SendAsync(HttpMethod.Get, "/api/v1/users/profile", session.AccessToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = (await response.JsonAsync()).GetProperty("data");
        Assert.Equal(session.UserId, data.GetProperty("id").GetGuid());
        Assert.Equal(session.Email, data.GetProperty("email").GetString());
        Assert.Equal("John", data.GetProperty("firstName").GetString());
        Assert.Equal("Doe", data.GetProperty("lastName").GetString());
        Assert.Equal("+1234567890", data.GetProperty("phoneNumber").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("dateOfBirth").ValueKind);
        Assert.Equal(0, data.GetProperty("addresses").GetArrayLength());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", data.GetProperty("createdAt").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", data.GetProperty("updatedAt").GetString());
    }

    [Fact]
    public async Task The_profile_needs_a_valid_access_token()
    {
        using var none = await app.Client.SendAsync(HttpMethod.Get, "/api/v1/users/profile", null);
        using var forged = await app.Client.SendAsync(HttpMethod.Get, "/api/v1/users/profile", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.");

        await none.AssertErrorAsync(HttpStatusCode.Unauthorized, "UNAUTHORIZED");
        await forged.AssertErrorAsync(HttpStatusCode.Unauthorized, "INVALID_TOKEN");
    }

    [Fact]
    public async Task Updating_the_profile_answers_the_documented_data_and_message_and_is_kept()
    {
        var session = await app.Client.SignUpAsync();
        var update = new { firstName = "John", lastName = "Smith", phoneNumber = "+14155550100", dateOfBirth = "1990-01-15" };

        using var response = await app.Client.SendAsync(HttpMethod.Put, "/api/v1/users/profile", session.AccessToken, update);
        using var reread = await app.Client.SendAsync(HttpMethod.Get, "/api/v1/users/profile", session.AccessToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("Profile updated successfully", body.GetProperty("message").GetString());
        var data = body.GetProperty("data");
        Assert.Equal("Smith", data.GetProperty("lastName").GetString());
        Assert.Equal("1990-01-15", data.GetProperty("dateOfBirth").GetString());
        Assert.Equal(session.Email, data.GetProperty("email").GetString());
        var stored = (await reread.JsonAsync()).GetProperty("data");
        Assert.Equal("Smith", stored.GetProperty("lastName").GetString());
        Assert.Equal("+14155550100", stored.GetProperty("phoneNumber").GetString());
    }

    [Fact]
    public async Task An_invalid_profile_update_is_400_naming_the_field_and_changes_nothing()
    {
        var session = await app.Client.SignUpAsync();

        using var response = await app.Client.SendAsync(HttpMethod.Put, "/api/v1/users/profile", session.AccessToken,
            new { firstName = "Jane", lastName = "Smith", phoneNumber = "555-0100", dateOfBirth = "2999-01-01" });
        using var reread = await app.Client.SendAsync(HttpMethod.Get, "/api/v1/users/profile", session.AccessToken);

        var body = await response.AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_FORMAT", "phoneNumber");
        Assert.Equal("VALIDATION_ERROR", body.FieldCodes()["dateOfBirth"]);
        Assert.Equal("John", (await reread.JsonAsync()).GetProperty("data").GetProperty("firstName").GetString());
    }
}
