using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace EndToEnd.Tests.Platform;

public sealed record Customer(string UserId, string Email, string AccessToken);

/// <summary>Accounts made the way a client makes them: seed 003's register and login, through the gateway.</summary>
public static class PlatformAccounts
{
    public const string Password = "SecurePass123!";

    /// <summary>The local admin's access token (its password is in the dev secrets file).</summary>
    public static async Task<string> AdminTokenAsync(HttpClient gateway)
    {
        using var secrets = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(LocalPlatform.RepositoryRoot, "secrets", "local-secrets.json")));
        var password = secrets.RootElement.GetProperty("identity").GetProperty("adminPassword").GetString()!;
        return (await LoginAsync(gateway, "admin@purchase-platform.local", password)).GetProperty("accessToken").GetString()!;
    }

    /// <summary>Registers and logs in <paramref name="count"/> new customers, <paramref name="parallelism"/> at a time.</summary>
    public static async Task<IReadOnlyList<Customer>> RegisterCustomersAsync(HttpClient gateway, int count, int parallelism)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var customers = new Customer[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (i, _) =>
        {
            var email = $"buyer{i}.{run}@example.com";
            var registered = await gateway.PostAsJsonAsync("api/v1/auth/register",
                new { email, password = Password, firstName = "Flash", lastName = "Buyer", phoneNumber = "+14155550100" });
            if (registered.StatusCode != HttpStatusCode.Created)
                throw new InvalidOperationException($"register {email}: {(int)registered.StatusCode} {await registered.Content.ReadAsStringAsync()}");
            var userId = (await DataAsync(registered)).GetProperty("userId").GetString()!;
            var login = await LoginAsync(gateway, email, Password);
            customers[i] = new Customer(userId, email, login.GetProperty("accessToken").GetString()!);
        });
        return customers;
    }

    private static async Task<JsonElement> LoginAsync(HttpClient gateway, string email, string password)
    {
        var response = await gateway.PostAsJsonAsync("api/v1/auth/login", new { email, password });
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"login {email}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await DataAsync(response);
    }

    private static async Task<JsonElement> DataAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data");
}
