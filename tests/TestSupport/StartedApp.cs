using Xunit;

namespace PurchasePlatform.TestSupport;

/// <summary>
/// A fixture (an app host made for a test collection) started for one test alone and stopped when the test ends:
/// <c>await using var app = await StartedApp.Of(new CatalogApp());</c>.
/// </summary>
public sealed class StartedApp<T>(T app) : IAsyncDisposable
    where T : IAsyncLifetime
{
    public T App => app;

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}

public static class StartedApp
{
    public static async Task<StartedApp<T>> Of<T>(T app)
        where T : IAsyncLifetime
    {
        await app.InitializeAsync();
        return new StartedApp<T>(app);
    }
}
