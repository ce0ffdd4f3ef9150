using System.Text.Json.Nodes;
using Dapr.Client;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Moq;
using PurchasePlatform.BuildingBlocks.Outbox;

namespace PurchasePlatform.BuildingBlocks.Tests.Outbox;

/// <summary>The shared outbox with plain messages: written with the change, published once, failures recorded and retried.</summary>
public sealed class OutboxMessageTests : IAsyncLifetime
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private readonly Mock<DaprClient> dapr = new();
    private readonly List<(string Topic, string Json, string EventId)> published = [];
    private ServiceProvider services = null!;

    public async Task InitializeAsync()
    {
        await connection.OpenAsync();
        dapr.Setup(d => d.PublishEventAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<object>(),
                It.IsAny<Dictionary<string, string>>(), It.IsAny<CancellationToken>()))
            .Callback<string, string, object, Dictionary<string, string>, CancellationToken>((_, topic, data, metadata, _) =>
                published.Add((topic, ((JsonNode)data).ToJsonString(), metadata["cloudevent.id"])))
            .Returns(Task.CompletedTask);

        var collection = new ServiceCollection();
        collection.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        collection.AddSingleton(dapr.Object);
        collection.AddOutbox<OutboxTestDbContext>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Outbox:RelayEnabled"] = "false" }).Build());
        collection.AddDbContext<OutboxTestDbContext>((provider, options) => options.UseSqlite(connection)
            .AddInterceptors(provider.GetRequiredService<OutboxSignalInterceptor>()));
        services = collection.BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxTestDbContext>().Database.EnsureCreatedAsync();
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await connection.DisposeAsync();
    }

    private OutboxPublisher<OutboxTestDbContext, OutboxMessage> Publisher => services.GetRequiredService<OutboxPublisher<OutboxTestDbContext, OutboxMessage>>();

    private async Task SaveNoteWithEventAsync(string text, string? eventId = null)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutboxTestDbContext>();
        db.Notes.Add(new Note { Text = text });
        db.OutboxMessages.Add(OutboxMessage.For("notes.note_added.v1", new { NoteText = text }, DateTime.UtcNow, eventId));
        await db.SaveChangesAsync();
    }

    private async Task<List<OutboxMessage>> RowsAsync()
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxTestDbContext>().OutboxMessages.AsNoTracking().ToListAsync();
    }

    [Fact]
    public async Task A_committed_message_wakes_the_relay_and_is_published_once_with_its_id_as_the_cloud_event_id()
    {
        var signal = services.GetRequiredService<OutboxSignal>();
        await SaveNoteWithEventAsync("first", "evt-note-1");

        Assert.True(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
        Assert.Equal(1, await Publisher.PublishPendingAsync(CancellationToken.None));
        Assert.Equal(0, await Publisher.PublishPendingAsync(CancellationToken.None));

        var message = Assert.Single(published);
        Assert.Equal(("notes.note_added.v1", """{"noteText":"first"}""", "evt-note-1"), message);
        var row = Assert.Single(await RowsAsync());
        Assert.NotNull(row.PublishedAt);
        Assert.Equal(1, row.PublishAttempts);
    }

    [Fact]
    public async Task A_save_without_messages_does_not_wake_the_relay()
    {
        var signal = services.GetRequiredService<OutboxSignal>();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OutboxTestDbContext>();
            db.Notes.Add(new Note { Text = "quiet" });
            await db.SaveChangesAsync();
        }

        Assert.False(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
    }

    [Fact]
    public async Task A_failed_publish_is_recorded_and_the_next_pass_delivers_the_messages_in_order()
    {
        dapr.SetupSequence(d => d.PublishEventAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<object>(),
                It.IsAny<Dictionary<string, string>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("sidecar down"))
            .Returns(Task.CompletedTask)
            .Returns(Task.CompletedTask);
        await SaveNoteWithEventAsync("one", "evt-a");
        await Task.Delay(5);
        await SaveNoteWithEventAsync("two", "evt-b");

        await Assert.ThrowsAsync<OutboxPublishException>(() => Publisher.PublishPendingAsync(CancellationToken.None));
        var failed = (await RowsAsync()).Single(r => r.Id == "evt-a");
        Assert.Equal((1, true, false), (failed.PublishAttempts, failed.LastError!.Contains("sidecar down"), failed.PublishedAt.HasValue));
        Assert.All(await RowsAsync(), row => Assert.Null(row.PublishedAt));

        Assert.Equal(2, await Publisher.PublishPendingAsync(CancellationToken.None));
        var rows = await RowsAsync();
        Assert.All(rows, row => Assert.NotNull(row.PublishedAt));
        Assert.Null(rows.Single(r => r.Id == "evt-a").LastError);
        Assert.Equal(2, rows.Single(r => r.Id == "evt-a").PublishAttempts);
    }
}
