using System.Net;
using PurchasePlatform.BuildingBlocks.Tests.Infrastructure;

namespace PurchasePlatform.BuildingBlocks.Tests;

/// <summary>Identity rotates its signing key; running services accept tokens with the new kid without a restart.</summary>
public sealed class JwtKeyRotationTests
{
    [Fact]
    public async Task Token_with_the_new_kid_is_accepted_once_identity_publishes_it()
    {
        await using var run = new IdentityBehindDapr();
        await run.InitializeAsync();
        using var before = await run.GetMeAsync(new PlatformTokens().SignedWith(run.Identity.SigningKey));
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        var oldKey = run.Identity.SigningKey;
        run.Identity.RotateTo(FakeIdentity.NewKey(), keepPrevious: true);
        using var withNewKey = await run.GetMeAsync(new PlatformTokens().SignedWith(run.Identity.SigningKey));
        using var withOldKey = await run.GetMeAsync(new PlatformTokens().SignedWith(oldKey));

        Assert.Equal(HttpStatusCode.OK, withNewKey.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withOldKey.StatusCode);
    }

    [Fact]
    public async Task Token_with_an_unknown_kid_is_still_rejected_after_the_keys_are_refetched()
    {
        await using var run = new IdentityBehindDapr();
        await run.InitializeAsync();
        using var before = await run.GetMeAsync(new PlatformTokens().SignedWith(run.Identity.SigningKey));
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        var fetchesBefore = run.Identity.Requests.Count;

        using var response = await run.GetMeAsync(new PlatformTokens().SignedWith(FakeIdentity.NewKey()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.True(run.Identity.Requests.Count > fetchesBefore, "an unknown kid should make the service refetch the JWKS");
    }
}
