using System.Net;
using Microsoft.EntityFrameworkCore;
using PurchasePlatform.Notifications.Messages.Domain;
using PurchasePlatform.Notifications.Tests.Infrastructure;

namespace PurchasePlatform.Notifications.Tests.Messages;

public sealed class ReadNotificationApiTests : MessagesHost
{
    private readonly Guid alice = Guid.NewGuid();
    private readonly Guid bob = Guid.NewGuid();

    [Fact]
    public async Task The_recipient_reads_a_delivered_notification_in_the_seed_shape()
    {
        var id = await QueueEmailAsync("alice@example.com", alice, "Order Confirmation");
        Clock.Advance(TimeSpan.FromSeconds(15));
        await DeliverDueAsync();

        using var response = await SendAsync(HttpMethod.Get, $"/api/v1/notifications/{id}", TestTokens.Customer(alice));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = Data(await JsonAsync(response));
        Assert.Equal(id, data.GetProperty("id").GetString());
        Assert.Equal("email", data.GetProperty("type").GetString());
        Assert.Equal("alice@example.com", data.GetProperty("to").GetString());
        Assert.Equal("Order Confirmation", data.GetProperty("subject").GetString());
        Assert.Equal("delivered", data.GetProperty("status").GetString());
        Assert.Equal(1, data.GetProperty("attempts").GetInt32());
        Assert.Equal("2026-03-01T12:00:00Z", data.GetProperty("queuedAt").GetString());
        Assert.Equal("2026-03-01T12:00:15Z", data.GetProperty("sentAt").GetString());
        Assert.Equal("2026-03-01T12:00:15Z", data.GetProperty("deliveredAt").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("error").ValueKind);
    }

    [Fact]
    public async Task Another_customers_notification_is_not_found_like_an_unknown_one()
    {
        var id = await QueueEmailAsync("alice@example.com", alice);

        using var others = await SendAsync(HttpMethod.Get, $"/api/v1/notifications/{id}", TestTokens.Customer(bob));
        using var unknown = await SendAsync(HttpMethod.Get, "/api/v1/notifications/notif-" + Guid.NewGuid().ToString("N"), TestTokens.Customer(bob));

        Assert.Equal(HttpStatusCode.NotFound, others.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("NOT_FOUND", (await JsonAsync(others)).GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal("NOT_FOUND", (await JsonAsync(unknown)).GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Admins_and_services_read_any_notification()
    {
        var id = await QueueEmailAsync("alice@example.com", alice);

        using var admin = await SendAsync(HttpMethod.Get, $"/api/v1/notifications/{id}", TestTokens.Admin());
        using var service = await SendAsync(HttpMethod.Get, $"/api/v1/notifications/{id}", ServiceToken);

        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Equal(HttpStatusCode.OK, service.StatusCode);
        Assert.Equal("queued", Data(await JsonAsync(admin)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Reading_needs_a_token()
    {
        var id = await QueueEmailAsync("alice@example.com", alice);

        using var one = await SendAsync(HttpMethod.Get, $"/api/v1/notifications/{id}", token: null);
        using var history = await SendAsync(HttpMethod.Get, "/api/v1/notifications/history", token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, one.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, history.StatusCode);
    }

    [Fact]
    public async Task History_lists_only_the_callers_notifications_newest_first()
    {
        var first = await QueueEmailAsync("alice@example.com", alice);
        Clock.Advance(TimeSpan.FromMinutes(1));
        await QueueEmailAsync("bob@example.com", bob);
        Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await QueueSmsAsync("+14155550100", alice);
        Clock.Advance(TimeSpan.FromMinutes(1));
        await QueueEmailAsync("nobody@example.com");

        using var response = await SendAsync(HttpMethod.Get, "/api/v1/notifications/history", TestTokens.Customer(alice));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = Data(await JsonAsync(response));
        Assert.Equal([second, first], Ids(data));
        Assert.Equal(2, data.GetProperty("totalCount").GetInt32());
        Assert.Equal(1, data.GetProperty("pageNumber").GetInt32());
        Assert.Equal(20, data.GetProperty("pageSize").GetInt32());
        var item = data.GetProperty("items")[1];
        Assert.Equal(("email", "alice@example.com", "Hello", "queued", "2026-03-01T12:00:00Z"),
            (item.GetProperty("type").GetString(), item.GetProperty("to").GetString(), item.GetProperty("subject").GetString(),
                item.GetProperty("status").GetString(), item.GetProperty("queuedAt").GetString()));
    }

    [Fact]
    public async Task An_admin_sees_everyones_history()
    {
        await QueueEmailAsync("alice@example.com", alice);
        await QueueEmailAsync("bob@example.com", bob);
        await QueueEmailAsync("nobody@example.com");

        using var response = await SendAsync(HttpMethod.Get, "/api/v1/notifications/history", TestTokens.Admin());

        Assert.Equal(3, Data(await JsonAsync(response)).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task History_pages_with_the_total_count()
    {
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await QueueEmailAsync($"alice{i}@example.com", alice));
            Clock.Advance(TimeSpan.FromSeconds(1));
        }

        using var response = await SendAsync(HttpMethod.Get, "/api/v1/notifications/history?pageNumber=2&pageSize=2", TestTokens.Customer(alice));

        var data = Data(await JsonAsync(response));
        Assert.Equal([ids[2], ids[1]], Ids(data));
        Assert.Equal((2, 2, 5), (data.GetProperty("pageNumber").GetInt32(), data.GetProperty("pageSize").GetInt32(), data.GetProperty("totalCount").GetInt32()));
    }

    [Fact]
    public async Task History_filters_by_type_and_status()
    {
        var email = await QueueEmailAsync("alice@example.com", alice);
        var bounced = await QueueEmailAsync("alice@bounce.test", alice);
        var sms = await QueueSmsAsync("+14155550100", alice);
        await DeliverDueAsync();
        var queued = await QueueEmailAsync("alice2@example.com", alice);
        var token = TestTokens.Customer(alice);

        Assert.Equal([sms], Ids(Data(await JsonAsync(await SendAsync(HttpMethod.Get, "/api/v1/notifications/history?type=sms", token)))));
        Assert.Equal([bounced], Ids(Data(await JsonAsync(await SendAsync(HttpMethod.Get, "/api/v1/notifications/history?status=failed", token)))));
        Assert.Equal([queued], Ids(Data(await JsonAsync(await SendAsync(HttpMethod.Get, "/api/v1/notifications/history?status=queued", token)))));
        Assert.Equal(
            new HashSet<string> { email },
            Ids(Data(await JsonAsync(await SendAsync(HttpMethod.Get, "/api/v1/notifications/history?type=email&status=delivered", token)))).ToHashSet());
        Assert.Empty(Ids(Data(await JsonAsync(await SendAsync(HttpMethod.Get, "/api/v1/notifications/history?type=push", token)))));
    }

    [Theory]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageNumber=0", "pageNumber")]
    [InlineData("type=fax", "type")]
    [InlineData("status=lost", "status")]
    public async Task Bad_history_parameters_are_refused_naming_the_field(string query, string field)
    {
        using var response = await SendAsync(HttpMethod.Get, "/api/v1/notifications/history?" + query, TestTokens.Customer(alice));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, (await JsonAsync(response)).GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_page_size_of_100_is_allowed()
    {
        using var response = await SendAsync(HttpMethod.Get, "/api/v1/notifications/history?pageSize=100", TestTokens.Customer(alice));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(100, Data(await JsonAsync(response)).GetProperty("pageSize").GetInt32());
        Assert.Equal(0, await InDatabaseAsync(db => db.Set<Notification>().CountAsync()));
    }

    private static List<string> Ids(System.Text.Json.JsonElement data) =>
        data.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetString()!).ToList();
}
