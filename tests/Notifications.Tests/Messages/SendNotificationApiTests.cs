using System.Net;
using System.Text.RegularExpressions;
using PurchasePlatform.Notifications.Messages.Domain;
using PurchasePlatform.Notifications.Tests.Infrastructure;

namespace PurchasePlatform.Notifications.Tests.Messages;

public sealed partial class SendNotificationApiTests : MessagesHost
{
    [Fact]
    public async Task A_service_queues_an_email_and_gets_the_seed_response()
    {
        var recipient = Guid.NewGuid();
        using var response = await SendAsync(HttpMethod.Post, "/api/v1/notifications/email", ServiceToken, new
        {
            to = "user@example.com",
            subject = "Order Confirmation",
            templateId = "order-confirmation",
            templateData = new { orderNumber = "ORD-2025-000100", customerName = "John Doe", orderTotal = 863.98, orderItems = new[] { new { sku = "A" } } },
            userId = recipient,
        });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.True(body.GetProperty("success").GetBoolean());
        Assert.Equal("Email notification queued for delivery", body.GetProperty("message").GetString());
        var data = Data(body);
        var id = data.GetProperty("notificationId").GetString()!;
        Assert.Matches(NotificationId(), id);
        Assert.Equal("queued", data.GetProperty("status").GetString());
        Assert.Equal("2026-03-01T12:00:00Z", data.GetProperty("queuedAt").GetString());
        Assert.Equal($"/api/v1/notifications/{id}", response.Headers.Location?.OriginalString);

        var stored = await NotificationAsync(id);
        Assert.Equal((NotificationType.Email, "user@example.com", "Order Confirmation", recipient, NotificationStatus.Queued),
            (stored.Type, stored.To, stored.Subject, stored.UserId, stored.Status));
        Assert.Contains("ORD-2025-000100", stored.Body);
        Assert.Contains("863.98", stored.Body);
    }

    [Fact]
    public async Task An_admin_queues_an_sms_and_gets_no_message()
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/v1/notifications/sms", TestTokens.Admin(), new
        {
            to = "+1234567890",
            message = "Your order ORD-2025-000100 has been shipped!",
            templateId = "order-shipped",
        });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.False(body.TryGetProperty("message", out _));
        var stored = await NotificationAsync(Data(body).GetProperty("notificationId").GetString()!);
        Assert.Equal((NotificationType.Sms, "+1234567890", "Your order ORD-2025-000100 has been shipped!"), (stored.Type, stored.To, stored.Body));
    }

    [Theory]
    [InlineData("email")]
    [InlineData("sms")]
    public async Task A_customer_may_not_send(string channel)
    {
        using var response = await SendAsync(HttpMethod.Post, $"/api/v1/notifications/{channel}", TestTokens.Customer(Guid.NewGuid()), ValidBody(channel));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("FORBIDDEN", (await JsonAsync(response)).GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Empty(await NotificationsAsync());
    }

    [Theory]
    [InlineData("email")]
    [InlineData("sms")]
    public async Task Sending_needs_a_token(string channel)
    {
        using var response = await SendAsync(HttpMethod.Post, $"/api/v1/notifications/{channel}", token: null, ValidBody(channel));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("UNAUTHORIZED", (await JsonAsync(response)).GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("{\"to\":\"not-an-address\",\"subject\":\"Hi\"}", "to", "INVALID_FORMAT")]
    [InlineData("{\"subject\":\"Hi\"}", "to", "REQUIRED_FIELD")]
    [InlineData("{\"to\":\"user@example.com\"}", "subject", "REQUIRED_FIELD")]
    [InlineData("{\"to\":\"user@example.com\",\"subject\":\"Hi\",\"templateId\":\"no-such-template\"}", "templateId", "VALIDATION_ERROR")]
    [InlineData("{\"to\":\"user@example.com\",\"subject\":\"Hi\",\"templateData\":[1]}", "templateData", "VALIDATION_ERROR")]
    [InlineData("{\"to\":\"user@example.com\",\"subject\":\"Hi\\r\\nBcc: x@example.com\"}", "subject", "INVALID_FORMAT")]
    public async Task An_invalid_email_is_refused_naming_the_field(string json, string field, string code)
    {
        using var response = await PostJsonAsync("/api/v1/notifications/email", json);

        await AssertRefusedAsync(response, field, code);
    }

    [Fact]
    public async Task A_too_long_subject_is_refused()
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/v1/notifications/email", ServiceToken,
            new { to = "user@example.com", subject = new string('s', 201) });

        await AssertRefusedAsync(response, "subject", "VALIDATION_ERROR");
    }

    [Theory]
    [InlineData("{\"to\":\"1234567890\",\"message\":\"Hi\"}", "to", "INVALID_FORMAT")]
    [InlineData("{\"to\":\"+0123456789\",\"message\":\"Hi\"}", "to", "INVALID_FORMAT")]
    [InlineData("{\"to\":\"+1234567890\"}", "message", "REQUIRED_FIELD")]
    [InlineData("{\"to\":\"+1234567890\",\"message\":\"Hi\",\"templateId\":\"nope\"}", "templateId", "VALIDATION_ERROR")]
    public async Task An_invalid_sms_is_refused_naming_the_field(string json, string field, string code)
    {
        using var response = await PostJsonAsync("/api/v1/notifications/sms", json);

        await AssertRefusedAsync(response, field, code);
    }

    [Fact]
    public async Task A_too_long_sms_is_refused()
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/v1/notifications/sms", ServiceToken, new { to = "+1234567890", message = new string('m', 1601) });

        await AssertRefusedAsync(response, "message", "VALIDATION_ERROR");
    }

    [Fact]
    public async Task A_template_supplies_the_subject_and_body_with_its_values_html_encoded()
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/v1/notifications/email", ServiceToken, new
        {
            to = "user@example.com",
            templateId = "order-shipped",
            templateData = new { orderNumber = "ORD-7", customerName = "<script>alert(1)</script>" },
        });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var stored = await NotificationAsync(Data(await JsonAsync(response)).GetProperty("notificationId").GetString()!);
        Assert.Equal("Your order ORD-7 has shipped", stored.Subject);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", stored.Body);
        Assert.DoesNotContain("<script>", stored.Body);
        Assert.Contains("Tracking number: </p>", stored.Body);
    }

    [Fact]
    public async Task A_template_supplies_the_sms_text()
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/v1/notifications/sms", ServiceToken, new
        {
            to = "+14155550100",
            templateId = "order-shipped",
            templateData = new { orderNumber = "ORD-8", trackingNumber = "1Z999" },
        });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var stored = await NotificationAsync(Data(await JsonAsync(response)).GetProperty("notificationId").GetString()!);
        Assert.Equal("Your order ORD-8 has been shipped! Tracking: 1Z999", stored.Body);
    }

    private static object ValidBody(string channel) =>
        channel == "email" ? new { to = "user@example.com", subject = "Hi" } : new { to = "+1234567890", message = "Hi" };

    private Task<HttpResponseMessage> PostJsonAsync(string path, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new("Bearer", ServiceToken);
        return Client.SendAsync(request);
    }

    private async Task AssertRefusedAsync(HttpResponseMessage response, string field, string code)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.False(body.GetProperty("success").GetBoolean());
        var errors = body.GetProperty("errors").EnumerateArray().Select(e => (e.TryGetProperty("field", out var f) ? f.GetString() : null, e.GetProperty("code").GetString())).ToList();
        Assert.Contains((field, code), errors);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("traceId").GetString()));
        Assert.Empty(await NotificationsAsync());
    }

    [GeneratedRegex("^notif-[0-9a-f]{32}$")]
    private static partial Regex NotificationId();
}
