using System.Text.Json;
using PurchasePlatform.Notifications.Messages.Templates;

namespace PurchasePlatform.Notifications.Tests.Messages;

public sealed class TemplateRendererTests
{
    [Fact]
    public void Values_fill_the_placeholders_html_encoded_in_the_body_only()
    {
        var data = JsonSerializer.SerializeToElement(new { orderNumber = "A&B", customerName = "Jo <b>", orderTotal = 863.98, currency = "USD" });

        var rendered = TemplateRenderer.Render(TemplateCatalogue.Find(TemplateCatalogue.OrderConfirmation)!, data);

        Assert.Equal("Order Confirmation A&B", rendered.Subject);
        Assert.Contains("Hi Jo &lt;b&gt;,", rendered.HtmlBody);
        Assert.Contains("<strong>A&amp;B</strong>", rendered.HtmlBody);
        Assert.Contains("Total: 863.98 USD", rendered.HtmlBody);
        Assert.Equal("Thank you for your order A&B. Total: 863.98 USD", rendered.SmsText);
    }

    [Fact]
    public void Missing_null_and_structured_values_render_empty()
    {
        var data = JsonSerializer.SerializeToElement(new { orderNumber = (string?)null, trackingNumber = new[] { 1 } });

        var rendered = TemplateRenderer.Render(TemplateCatalogue.Find(TemplateCatalogue.OrderShipped)!, data);

        Assert.Equal("Your order  has shipped", rendered.Subject);
        Assert.Equal("Your order  has been shipped! Tracking: ", rendered.SmsText);
        Assert.Equal(rendered, TemplateRenderer.Render(TemplateCatalogue.Find(TemplateCatalogue.OrderShipped)!, null));
    }

    [Fact]
    public void A_line_break_in_a_value_does_not_reach_the_subject()
    {
        var data = JsonSerializer.SerializeToElement(new { firstName = "Ann\r\nBcc: x@example.com" });

        var rendered = TemplateRenderer.Render(TemplateCatalogue.Find(TemplateCatalogue.Welcome)!, data);

        Assert.DoesNotContain('\n', rendered.Subject);
        Assert.DoesNotContain('\r', rendered.Subject);
    }

    [Fact]
    public void The_catalogue_has_the_platform_templates()
    {
        Assert.Equal(
            ["email-verification", "order-cancelled", "order-confirmation", "order-shipped", "password-reset", "payment-failed", "payment-refunded", "welcome"],
            TemplateCatalogue.Ids.Order(StringComparer.Ordinal));
    }
}
