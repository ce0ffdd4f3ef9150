using System.Net;
using System.Text.Json;
using PurchasePlatform.Identity.Tests.Infrastructure;

namespace PurchasePlatform.Identity.Tests.Api;

[Collection(IdentityAppCollection.Name)]
public sealed class AddressesTests(IdentityApp app)
{
    [Fact]
    public async Task Adding_an_address_answers_201_with_the_documented_shape_and_the_first_is_the_default()
    {
        var session = await app.Client.SignUpAsync();

        using var response = await app.Client.SendAsync(HttpMethod.Post, "/api/v1/users/addresses", session.AccessToken, Address("456 Oak Ave", false));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var data = (await response.JsonAsync()).GetProperty("data");
        var id = data.GetProperty("id").GetString()!;
        Assert.Matches("^addr-[0-9a-f]{12}$", id);
        Assert.Equal($"/api/v1/users/addresses/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal("456 Oak Ave", data.GetProperty("street").GetString());
        Assert.Equal("Los Angeles", data.GetProperty("city").GetString());
        Assert.Equal("CA", data.GetProperty("state").GetString());
        Assert.Equal("90001", data.GetProperty("zipCode").GetString());
        Assert.Equal("USA", data.GetProperty("country").GetString());
        Assert.True(data.GetProperty("isDefault").GetBoolean());
    }

    [Fact]
    public async Task There_is_always_exactly_one_default_address()
    {
        var session = await app.Client.SignUpAsync();
        var first = await AddAsync(session, "1 Main St", false);
        var second = await AddAsync(session, "2 Oak Ave", true);
        Assert.Equal([second], await DefaultsAsync(session));

        using (var update = await app.Client.SendAsync(HttpMethod.Put, $"/api/v1/users/addresses/{first}", session.AccessToken, Address("1 Main Street", true)))
        {
            Assert.Equal(HttpStatusCode.OK, update.StatusCode);
            Assert.Equal("1 Main Street", (await update.JsonAsync()).GetProperty("data").GetProperty("street").GetString());
        }

        Assert.Equal([first], await DefaultsAsync(session));

        using (var delete = await app.Client.SendAsync(HttpMethod.Delete, $"/api/v1/users/addresses/{first}", session.AccessToken))
        {
            Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        }

        Assert.Equal([second], await DefaultsAsync(session));
    }

    [Fact]
    public async Task Another_users_address_is_not_found_and_stays_untouched()
    {
        var owner = await app.Client.SignUpAsync("owner");
        var other = await app.Client.SignUpAsync("other");
        var address = await AddAsync(owner, "1 Main St", true);

        using var update = await app.Client.SendAsync(HttpMethod.Put, $"/api/v1/users/addresses/{address}", other.AccessToken, Address("Hijacked", true));
        using var delete = await app.Client.SendAsync(HttpMethod.Delete, $"/api/v1/users/addresses/{address}", other.AccessToken);

        await update.AssertErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        await delete.AssertErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        var mine = await ListAsync(owner);
        Assert.Equal("1 Main St", Assert.Single(mine).GetProperty("street").GetString());
    }

    [Fact]
    public async Task An_invalid_address_is_400_naming_the_field_and_is_not_added()
    {
        var session = await app.Client.SignUpAsync();

        using var response = await app.Client.SendAsync(HttpMethod.Post, "/api/v1/users/addresses", session.AccessToken,
            new { street = "", city = "Los Angeles", zipCode = new string('9', 21), country = "USA", isDefault = true });

        var body = await response.AssertErrorAsync(HttpStatusCode.BadRequest, "REQUIRED_FIELD", "street");
        Assert.Equal("VALIDATION_ERROR", body.FieldCodes()["zipCode"]);
        Assert.Empty(await ListAsync(session));
    }

    [Fact]
    public async Task Addresses_need_an_access_token()
    {
        using var response = await app.Client.SendAsync(HttpMethod.Post, "/api/v1/users/addresses", null, Address("1 Main St", true));

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "UNAUTHORIZED");
    }

    private static object Address(string street, bool isDefault) =>
        new { street, city = "Los Angeles", state = "CA", zipCode = "90001", country = "USA", isDefault };

    private async Task<string> AddAsync(Session session, string street, bool isDefault)
    {
        using var response = await app.Client.SendAsync(HttpMethod.Post, "/api/v1/users/addresses", session.AccessToken, Address(street, isDefault));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("data").GetProperty("id").GetString()!;
    }

    private async Task<List<JsonElement>> ListAsync(Session session)
    {
        using var response = await app.Client.SendAsync(HttpMethod.Get, "/api/v1/users/profile", session.AccessToken);
        return (await response.JsonAsync()).GetProperty("data").GetProperty("addresses").EnumerateArray().ToList();
    }

    private async Task<List<string>> DefaultsAsync(Session session) =>
        (await ListAsync(session)).Where(a => a.GetProperty("isDefault").GetBoolean()).Select(a => a.GetProperty("id").GetString()!).ToList();
}
