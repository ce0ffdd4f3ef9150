using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PurchasePlatform.Orders.Tests.Infrastructure;
using static PurchasePlatform.Orders.Tests.Infrastructure.Requests;

namespace PurchasePlatform.Orders.Tests.Api;

/// <summary>Seed 003's <c>/api/v1/orders</c> routes, in the envelope.</summary>
public sealed class PublicOrderTests(OrdersApp app) : IClassFixture<OrdersApp>
{
    private static readonly object CreateBody = new { shippingAddressId = "addr-001", billingAddressId = "addr-001", paymentMethodId = "pm-001", notes = "2-5 PM" };

    [Fact]
    public async Task Create_checks_out_the_callers_cart_and_answers_201_with_the_order()
    {
        var user = NewUser();
        app.Cart.Holds(user, Snapshots.Item("prod-001", "Wireless Headphones", 29999, 2, "WH-001"));
        using var client = app.Customer(user);

        using var response = await client.PostAsJsonAsync("/api/v1/orders", CreateBody);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.True(body["success"]!.GetValue<bool>());
        Assert.Equal("Order created successfully", body["message"]!.GetValue<string>());
        var order = body["data"]!;
        Assert.Matches(@"^ORD-\d{4}-\d{6}$", order["orderNumber"]!.GetValue<string>());
        Assert.Equal("pending", order["status"]!.GetValue<string>());
        Assert.Equal(599.98m, order["subtotal"]!.GetValue<decimal>());
        Assert.Equal(47.99m, order["tax"]!.GetValue<decimal>());
        Assert.Equal(647.97m, order["total"]!.GetValue<decimal>());
        Assert.Equal("WH-001", order["items"]![0]!["sku"]!.GetValue<string>());
        Assert.Equal("addr-001", order["shippingAddressId"]!.GetValue<string>());
        Assert.Equal("2-5 PM", order["notes"]!.GetValue<string>());
        Assert.Contains(app.Cart.Calls, call => call.UserId == user && call.Token is not null);
    }

    [Fact]
    public async Task Create_with_an_idempotency_key_replays_the_first_order()
    {
        var user = NewUser();
        app.Cart.Holds(user, Snapshots.Item("prod-001", "Headphones", 1000, 1));
        using var client = app.Customer(user);
        var key = Guid.NewGuid().ToString();

        using var first = await client.PostWithKeyAsync("/api/v1/orders", JsonNode.Parse("{}")!, key);
        using var second = await client.PostWithKeyAsync("/api/v1/orders", JsonNode.Parse("{}")!, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("true", second.Headers.GetValues("x-idempotent-replay").Single());
        Assert.Equal((await first.JsonAsync())["data"]!["id"]!.ToString(), (await second.JsonAsync())["data"]!["id"]!.ToString());
    }

    [Fact]
    public async Task A_retry_whose_twin_placed_the_order_and_emptied_the_cart_meanwhile_replays_that_order()
    {
        var user = NewUser();
        using var client = app.Customer(user);
        var key = Guid.NewGuid().ToString();
        HttpResponseMessage? twin = null;
        app.Cart.Refuses(user, 400, "CART_EMPTY", "The cart is empty");
        app.Cart.Meanwhile(async () =>
        {
            app.Cart.Holds(user, Snapshots.Item("prod-001", "Headphones", 1000, 1));
            twin = await client.PostWithKeyAsync("/api/v1/orders", JsonNode.Parse("{}")!, key);
            app.Cart.Refuses(user, 400, "CART_EMPTY", "The cart is empty");
        });

        using var retry = await client.PostWithKeyAsync("/api/v1/orders", JsonNode.Parse("{}")!, key);

        Assert.Equal(HttpStatusCode.Created, twin!.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues("x-idempotent-replay").Single());
        Assert.Equal((await twin.JsonAsync())["data"]!["id"]!.ToString(), (await retry.JsonAsync())["data"]!["id"]!.ToString());
        twin.Dispose();
    }

    [Fact]
    public async Task Cart_refusals_reach_the_caller_in_the_envelope()
    {
        var user = NewUser();
        app.Cart.Refuses(user, 409, "INSUFFICIENT_STOCK", "Only 1 left");
        using var client = app.Customer(user);

        using var response = await client.PostAsJsonAsync("/api/v1/orders", CreateBody);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.False(body["success"]!.GetValue<bool>());
        Assert.Equal("INSUFFICIENT_STOCK", body["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_shows_the_status_history_and_refuses_other_customers()
    {
        var user = NewUser();
        var id = await app.PlaceAsync(user);
        using var admin = app.Admin();
        using (await admin.PutAsJsonAsync($"/api/v1/orders/{id}/status", new { status = "paid" })) { }
        using (await admin.PutAsJsonAsync($"/api/v1/orders/{id}/status", new { status = "shipped", note = "Order shipped via FedEx", trackingNumber = "123456789", carrier = "FedEx" })) { }
        using var client = app.Customer(user);
        using var stranger = app.Customer(NewUser());

        var order = (await (await client.GetAsync($"/api/v1/orders/{id}")).JsonAsync())["data"]!;
        using var refused = await stranger.GetAsync($"/api/v1/orders/{id}");
        using var missing = await client.GetAsync($"/api/v1/orders/{Guid.NewGuid()}");

        Assert.Equal("shipped", order["status"]!.GetValue<string>());
        Assert.Equal("FedEx", order["carrier"]!.GetValue<string>());
        var history = order["statusHistory"]!.AsArray();
        Assert.Equal(["pending", "paid", "shipped"], history.Select(entry => entry!["status"]!.GetValue<string>()));
        Assert.Equal("Order created", history[0]!["note"]!.GetValue<string>());
        Assert.Equal("123456789", history[2]!["trackingNumber"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("NOT_FOUND", (await missing.JsonAsync())["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task List_pages_the_callers_orders_and_filters_by_status()
    {
        var user = NewUser();
        for (var i = 0; i < 3; i++) await app.PlaceAsync(user);
        await app.PlaceAsync(NewUser());
        using var client = app.Customer(user);

        var page = (await (await client.GetAsync("/api/v1/orders?pageNumber=2&pageSize=2")).JsonAsync())["data"]!;
        var shipped = (await (await client.GetAsync("/api/v1/orders?status=shipped")).JsonAsync())["data"]!;
        var today = (await (await client.GetAsync($"/api/v1/orders?startDate={DateTime.UtcNow.AddHours(-1):O}&endDate={DateTime.UtcNow.AddHours(1):O}")).JsonAsync())["data"]!;
        using var invalid = await client.GetAsync("/api/v1/orders?pageSize=0&status=lost");

        Assert.Equal(3, page["totalCount"]!.GetValue<int>());
        Assert.Equal(2, page["totalPages"]!.GetValue<int>());
        Assert.Single(page["items"]!.AsArray());
        Assert.True(page["hasPreviousPage"]!.GetValue<bool>());
        Assert.False(page["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(0, shipped["totalCount"]!.GetValue<int>());
        Assert.Equal(3, today["totalCount"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
    }

    [Fact]
    public async Task Cancel_with_a_reason_then_409_when_the_order_has_shipped()
    {
        var user = NewUser();
        var cancelled = await app.PlaceAsync(user);
        var shipped = await app.PlaceAsync(user);
        using var admin = app.Admin();
        using (await admin.PutAsJsonAsync($"/api/v1/orders/{shipped}/status", new { status = "paid" })) { }
        using (await admin.PutAsJsonAsync($"/api/v1/orders/{shipped}/status", new { status = "shipped" })) { }
        using var client = app.Customer(user);

        using var ok = await client.PostAsJsonAsync($"/api/v1/orders/{cancelled}/cancel", new { reason = "Changed my mind" });
        using var late = await client.PostAsJsonAsync($"/api/v1/orders/{shipped}/cancel", new { reason = "Too late" });

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var data = (await ok.JsonAsync())["data"]!;
        Assert.Equal("cancelled", data["status"]!.GetValue<string>());
        Assert.Equal("Changed my mind", data["cancelReason"]!.GetValue<string>());
        Assert.NotNull(data["cancelledAt"]);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
    }

    [Fact]
    public async Task Status_updates_are_for_admins_and_follow_the_state_machine()
    {
        var user = NewUser();
        var id = await app.PlaceAsync(user);
        using var client = app.Customer(user);
        using var admin = app.Admin();

        using var customer = await client.PutAsJsonAsync($"/api/v1/orders/{id}/status", new { status = "paid" });
        using var unknown = await admin.PutAsJsonAsync($"/api/v1/orders/{id}/status", new { status = "lost" });
        using var skipped = await admin.PutAsJsonAsync($"/api/v1/orders/{id}/status", new { status = "delivered" });
        using var paid = await admin.PutAsJsonAsync($"/api/v1/orders/{id}/status", new { status = "paid" });
        using var shipped = await admin.PutAsJsonAsync($"/api/v1/orders/{id}/status", new { status = "shipped", trackingNumber = "123456789", carrier = "FedEx" });
        using var back = await admin.PutAsJsonAsync($"/api/v1/orders/{id}/status", new { status = "pending" });

        Assert.Equal(HttpStatusCode.Forbidden, customer.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, skipped.StatusCode);
        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        Assert.Equal(HttpStatusCode.OK, shipped.StatusCode);
        var data = (await shipped.JsonAsync())["data"]!;
        Assert.Equal("shipped", data["status"]!.GetValue<string>());
        Assert.Equal("123456789", data["trackingNumber"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, back.StatusCode);
        Assert.Equal("ORDER_004", (await back.JsonAsync())["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_invoice_is_a_pdf_naming_the_order_its_lines_and_total()
    {
        var user = NewUser();
        var id = await app.PlaceAsync(user, Snapshots.Item("prod-001", "Wireless Headphones", 29999, 2, "WH-001"),
            Snapshots.Item("prod-002", "USB Cable", 1550, 1, "USB-1"));
        var number = (await (await app.Customer(user).GetAsync($"/api/orders/{id}")).JsonAsync())["orderNumber"]!.GetValue<string>();
        using var client = app.Customer(user);
        using var stranger = app.Customer(NewUser());

        using var response = await client.GetAsync($"/api/v1/orders/{id}/invoice");
        using var refused = await stranger.GetAsync($"/api/v1/orders/{id}/invoice");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5));
        var text = PdfText.Extract(pdf);
        Assert.Contains($"Invoice number: {number}", text);
        Assert.Contains("Wireless Headphones", text);
        Assert.Contains("USB Cable", text);
        Assert.Contains("599.98 USD", text);
        Assert.Contains("Total", text);
        Assert.Contains("615.48 USD", text);
        Assert.Contains("664.71 USD", text);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task A_long_invoice_goes_on_to_more_pages()
    {
        var user = NewUser();
        var items = Enumerable.Range(1, 70).Select(i => Snapshots.Item($"prod-{i}", $"Product number {i}", 100 * i, 1)).ToArray();
        var id = await app.PlaceAsync(user, items);
        using var client = app.Customer(user);

        var pdf = await client.GetByteArrayAsync($"/api/v1/orders/{id}/invoice");

        using var document = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(pdf), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        Assert.True(document.PageCount >= 2);
        var text = PdfText.Extract(pdf);
        Assert.Contains("Product number 1\n", text.ReplaceLineEndings("\n"));
        Assert.Contains("Product number 70", text);
        Assert.Contains("2485.00 USD", text);
    }

    [Fact]
    public async Task Without_a_token_the_public_routes_answer_401_in_the_envelope()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/api/v1/orders");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False((await response.JsonAsync())["success"]!.GetValue<bool>());
    }
}
