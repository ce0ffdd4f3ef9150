using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PurchasePlatform.Identity.Tokens;

namespace PurchasePlatform.Identity.Tests.Tokens;

public sealed class SigningKeySourceTests
{
    [Fact]
    public async Task Missing_signing_key_stops_start_up_with_what_to_do()
    {
        await using var app = TokenTestHost.Build(new InMemorySigningKeySecrets());

        var error = await Assert.ThrowsAsync<SigningKeyException>(() => app.StartAsync());

        Assert.Contains("'identity:signingKey'", error.Message);
        Assert.Contains("'secretstore'", error.Message);
        Assert.Contains("not found", error.Message);
        Assert.Contains("tools/dev-secrets.sh", error.Message);
    }

    [Fact]
    public async Task Invalid_signing_key_stops_start_up()
    {
        using var services = TokenServices.Create(new InMemorySigningKeySecrets("-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----"));

        var error = await Assert.ThrowsAsync<SigningKeyException>(() => StartHostedServicesAsync(services));

        Assert.Contains("'identity:signingKey'", error.Message);
        Assert.Contains("not an RSA private key", error.Message);
    }

    [Fact]
    public async Task Start_up_loads_the_key()
    {
        var pem = TestSigningKeys.NewPem();
        using var services = TokenServices.Create(new InMemorySigningKeySecrets(pem));

        await StartHostedServicesAsync(services);

        var keys = services.GetRequiredService<ISigningKeySource>().Keys;
        Assert.Equal(TestSigningKeys.ThumbprintOfPem(pem), keys.Current.KeyId);
        Assert.Null(keys.Previous);
        Assert.Single(keys.Published);
    }

    [Fact]
    public async Task Refresh_picks_up_a_rotated_key_and_keeps_publishing_the_previous_one()
    {
        var first = TestSigningKeys.NewPem();
        var second = TestSigningKeys.NewPem();
        var secrets = new InMemorySigningKeySecrets(first);
        using var services = await TokenServices.CreateLoadedAsync(secrets);
        var source = services.GetRequiredService<ISigningKeySource>();
        var issuer = services.GetRequiredService<IAccessTokenIssuer>();

        secrets.Set(SigningKeySecretNames.Current, second);
        secrets.Set(SigningKeySecretNames.Previous, first);
        await source.RefreshAsync(CancellationToken.None);

        Assert.Equal(TestSigningKeys.ThumbprintOfPem(second), source.Keys.Current.KeyId);
        Assert.Equal([TestSigningKeys.ThumbprintOfPem(second), TestSigningKeys.ThumbprintOfPem(first)], source.Keys.Published.Select(key => key.KeyId));
        var token = issuer.Issue(Guid.NewGuid(), "ann@example.com", ["Customer"]);
        Assert.Equal(TestSigningKeys.ThumbprintOfPem(second), new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(token.Token).Kid);
    }

    [Fact]
    public async Task Failed_reload_keeps_the_keys_already_loaded()
    {
        var pem = TestSigningKeys.NewPem();
        var secrets = new InMemorySigningKeySecrets(pem);
        using var services = await TokenServices.CreateLoadedAsync(secrets);
        var source = services.GetRequiredService<ISigningKeySource>();

        secrets.Set(SigningKeySecretNames.Current, "garbage");
        await Assert.ThrowsAsync<SigningKeyException>(() => source.RefreshAsync(CancellationToken.None));

        Assert.Equal(TestSigningKeys.ThumbprintOfPem(pem), source.Keys.Current.KeyId);
    }

    [Fact]
    public async Task Invalid_previous_key_is_an_error_not_silently_dropped()
    {
        using var services = TokenServices.Create(new InMemorySigningKeySecrets(TestSigningKeys.NewPem(), TestSigningKeys.EcPem()));

        var error = await Assert.ThrowsAsync<SigningKeyException>(() =>
            services.GetRequiredService<ISigningKeySource>().RefreshAsync(CancellationToken.None));

        Assert.Contains("'identity:previousSigningKey'", error.Message);
    }

    [Fact]
    public async Task Periodic_refresh_picks_up_a_new_key_without_a_restart()
    {
        var secrets = new InMemorySigningKeySecrets(TestSigningKeys.NewPem());
        using var services = TokenServices.Create(secrets, settings: new Dictionary<string, string?> { ["Jwt:KeyRefreshInterval"] = "00:00:00.050" });
        await StartHostedServicesAsync(services);
        var source = services.GetRequiredService<ISigningKeySource>();

        var next = TestSigningKeys.NewPem();
        secrets.Set(SigningKeySecretNames.Current, next);

        Assert.True(await EventuallyAsync(() => source.Keys.Current.KeyId == TestSigningKeys.ThumbprintOfPem(next)));
        await StopHostedServicesAsync(services);
    }

    [Fact]
    public void Keys_are_not_available_before_they_are_loaded()
    {
        using var services = TokenServices.Create(new InMemorySigningKeySecrets(TestSigningKeys.NewPem()));

        Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<ISigningKeySource>().Keys);
    }

    private static async Task StartHostedServicesAsync(IServiceProvider services)
    {
        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }
    }

    private static async Task StopHostedServicesAsync(IServiceProvider services)
    {
        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StopAsync(CancellationToken.None);
        }
    }

    private static async Task<bool> EventuallyAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!timeout.IsCancellationRequested)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(20);
        }

        return condition();
    }
}
