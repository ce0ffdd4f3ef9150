extern alias identityapp;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace PurchasePlatform.Identity.Tests.Infrastructure;

/// <summary>The real Identity app (its Program), with test settings and optionally a movable clock.</summary>
public sealed class IdentityFactory(IReadOnlyDictionary<string, string> settings, TimeProvider? clock) : WebApplicationFactory<identityapp::Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }
}
