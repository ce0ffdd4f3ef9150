using Dapr.Client;
using LocalDapr;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PurchasePlatform.BuildingBlocks.Outbox;
using PurchasePlatform.Identity.Infrastructure.Outbox;
using PurchasePlatform.Identity.Infrastructure.Persistence;
using PurchasePlatform.Identity.Tests.Infrastructure;

namespace PurchasePlatform.Identity.Tests.Outbox;

/// <summary>The user_events outbox, published by test-driven relay passes (the background relay is off here).</summary>
[Collection(ControlledIdentityAppCollection.Name)]
public sealed class OutboxTests(ControlledIdentityApp app)
{
    [Fact]
    public async Task Events_are_stored_with_the_change_and_wait_in_the_outbox_until_a_relay_pass()
    {
        await app.PublishOutboxAsync();
        var userId = await app.Client.RegisterAsync(IdentityCalls.NewEmail());

        var rows = await RowsOfAsync(userId);

        Assert.Equal(["user_created", "email_verification_requested"], rows.Select(row => row.EventType));
        Assert.Equal(["users.user_created.v1", "users.email_verification_requested.v1"], rows.Select(row => row.Topic));
        Assert.All(rows, row => Assert.Null(row.PublishedAt));
        Assert.Empty(app.Mailbox.For(userId));
    }

    [Fact]
    public async Task Each_event_reaches_the_pub_sub_exactly_once_even_when_relay_passes_run_at_the_same_time()
    {
        var users = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            users.Add(await app.Client.RegisterAsync(IdentityCalls.NewEmail("outbox")));
        }

        await Task.WhenAll(app.PublishOutboxAsync(), app.PublishOutboxAsync(), app.PublishOutboxAsync());
        var laterPass = await app.PublishOutboxAsync();

        Assert.Equal(0, laterPass);
        foreach (var userId in users)
        {
            await app.Mailbox.WaitForAsync(userId, "user_created");
            await app.Mailbox.WaitForAsync(userId, "email_verification_requested");
            var rows = await RowsOfAsync(userId);
            Assert.All(rows, row => Assert.Equal((1, true, null), (row.PublishAttempts, row.PublishedAt is not null, row.SecretData)));
            var deliveries = app.Mailbox.For(userId);
            Assert.Equal(rows.Select(row => row.Id).Order(), deliveries.Select(e => e.Id).Order());
        }
    }

    [Fact]
    public async Task The_published_message_carries_002s_event_schema_with_the_cloud_event_id_of_the_row()
    {
        await app.PublishOutboxAsync();
        var email = IdentityCalls.NewEmail();
        var userId = await app.Client.RegisterAsync(email);

        await app.PublishOutboxAsync();

        var created = await app.Mailbox.WaitForAsync(userId, "user_created");
        var row = (await RowsOfAsync(userId))[0];
        Assert.Equal(row.Id, created.Id);
        Assert.Equal(row.Id, created.Data.GetProperty("event_id").GetString());
        Assert.Equal(userId.ToString("D"), created.UserId);
        Assert.Equal(email, created.Field("email"));
        Assert.Equal("John", created.Field("first_name"));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", created.Data.GetProperty("created_at").GetString());
    }

    [Fact]
    public async Task A_publish_that_fails_leaves_the_event_unpublished_and_a_later_pass_delivers_it_once()
    {
        await app.PublishOutboxAsync();
        var userId = await app.Client.RegisterAsync(IdentityCalls.NewEmail("retry"));
        using var unreachable = new DaprClientBuilder()
            .UseGrpcEndpoint($"http://127.0.0.1:{LoopbackPorts.Free()}")
            .UseHttpEndpoint($"http://127.0.0.1:{LoopbackPorts.Free()}")
            .Build();
        var failing = new OutboxPublisher<IdentityDbContext, UserEvent>(app.Services.GetRequiredService<IServiceScopeFactory>(), unreachable,
            new UserEventFormat(), app.Services.GetRequiredService<IOptions<OutboxOptions>>(), TimeProvider.System,
            NullLogger<OutboxPublisher<IdentityDbContext, UserEvent>>.Instance);

        await Assert.ThrowsAsync<OutboxPublishException>(() => failing.PublishPendingAsync(CancellationToken.None));

        var afterFailure = (await RowsOfAsync(userId))[0];
        Assert.Equal((1, false), (afterFailure.PublishAttempts, afterFailure.PublishedAt is not null));
        Assert.NotNull(afterFailure.LastError);
        Assert.Null(afterFailure.ClaimedUntil);

        await app.PublishOutboxAsync();

        await app.Mailbox.WaitForAsync(userId, "email_verification_requested");
        var delivered = (await RowsOfAsync(userId))[0];
        Assert.Equal((2, true, null), (delivered.PublishAttempts, delivered.PublishedAt is not null, delivered.LastError));
        Assert.Single(app.Mailbox.For(userId), e => e.EventType == "user_created");
    }

    private Task<List<UserEvent>> RowsOfAsync(Guid userId) =>
        app.InDatabaseAsync(db => db.UserEvents.AsNoTracking().Where(row => row.UserId == userId).OrderBy(row => row.Sequence).ToListAsync());
}
