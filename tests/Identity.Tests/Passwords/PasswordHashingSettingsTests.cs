using System.Buffers.Binary;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PurchasePlatform.Identity.Domain.Users;
using PurchasePlatform.Identity.Infrastructure;
using PurchasePlatform.Identity.Infrastructure.Passwords;

namespace PurchasePlatform.Identity.Tests.Passwords;

/// <summary>The PBKDF2 iteration count comes from configuration, and a hash made with fewer iterations is upgraded at login.</summary>
public sealed class PasswordHashingSettingsTests
{
    private static PasswordHashing HashingWith(int? iterations)
    {
        var settings = new Dictionary<string, string?>();
        if (iterations is { } count) settings["Identity:PasswordHashing:IterationCount"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var services = new ServiceCollection().AddLogging();
        services.AddIdentityInfrastructure(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider().GetRequiredService<PasswordHashing>();
    }

    // ASP.NET Core Identity's v3 format: 0x01, PRF (4 bytes), iteration count (4 bytes, big-endian), ...
    private static int IterationsOf(string hash) => (int)BinaryPrimitives.ReadUInt32BigEndian(Convert.FromBase64String(hash).AsSpan(5, 4));

    [Fact]
    public void Without_a_setting_hashes_use_the_framework_default()
    {
        Assert.Equal(new PasswordHasherOptions().IterationCount, IterationsOf(HashingWith(null).Hash("SecurePass123!")));
    }

    [Fact]
    public void The_configured_count_is_the_one_written_into_new_hashes()
    {
        Assert.Equal(1000, IterationsOf(HashingWith(1000).Hash("SecurePass123!")));
    }

    [Fact]
    public void A_hash_made_with_fewer_iterations_still_verifies_and_is_upgraded()
    {
        var weak = HashingWith(1000).Hash("SecurePass123!");
        var user = User.Register("ann@example.com", null, new PersonalDetails("Ann", "Lee", "+14155550100", null), weak, DateTime.UtcNow);

        var check = HashingWith(200_000).Verify(user, "SecurePass123!");

        Assert.True(check.Matches);
        Assert.Equal(200_000, IterationsOf(check.UpgradedHash!));
    }
}
