using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PurchasePlatform.Orders.Domain;
using PurchasePlatform.Orders.Events;

namespace PurchasePlatform.Orders.Invoices;

/// <summary>
/// The invoice of an order as a one-or-more page A4 PDF: seller, order number and date, buyer, a table of the lines,
/// and subtotal, discount, tax, shipping and total. Text uses WinAnsi encoding, so the PDF's strings are the text
/// itself (readable by any extractor); characters outside Windows-1252 print as "?".
/// </summary>
public static class InvoiceDocument
{
    private const double Margin = 50;
    private const double LineHeight = 16;

    private static readonly XPdfFontOptions WinAnsi = new(PdfFontEncoding.WinAnsi);

    public static byte[] Render(Order order, string sellerName)
    {
        // PDFsharp 6.5 refuses to work until a license is chosen; the package is AGPL-3.0 (see the Orders README note).
        PdfSharp.PdfSharpLicense.SetAgplLicense();

        EmbeddedFontResolver.Install();
        var regular = new XFont(EmbeddedFontResolver.FamilyName, 10, XFontStyleEx.Regular, WinAnsi);
        var bold = new XFont(EmbeddedFontResolver.FamilyName, 10, XFontStyleEx.Bold, WinAnsi);
        var title = new XFont(EmbeddedFontResolver.FamilyName, 20, XFontStyleEx.Bold, WinAnsi);

        using var document = new PdfDocument();
        document.Info.Title = $"Invoice {order.OrderNumber}";
        document.Info.Author = sellerName;
        var page = new InvoicePage(document);

        page.Text("INVOICE", title, Margin);
        page.Advance(LineHeight * 1.5);
        page.Text(sellerName, bold, Margin);
        page.Text($"Invoice number: {order.OrderNumber}", regular, 330);
        page.Advance(LineHeight);
        page.Text($"Order id: {order.Id:D}", regular, Margin);
        page.Text($"Date: {Date(order.CreatedAt)}", regular, 330);
        page.Advance(LineHeight);
        page.Text($"Customer: {order.UserId}", regular, Margin);
        page.Text($"Status: {OrderStatusNames.Public(order.Status)}", regular, 330);
        page.Advance(LineHeight * 2);

        Row(page, bold, "Product", "SKU", "Qty", "Unit price", "Amount");
        page.Rule();
        foreach (var line in order.Lines)
        {
            Row(page, regular, line.ProductName, line.Sku ?? "", line.Quantity.ToString(CultureInfo.InvariantCulture),
                Amount(line.UnitPriceCents, order.Currency), Amount(line.LineTotalCents, order.Currency));
        }

        page.Rule();
        Total(page, regular, "Subtotal", order.SubtotalCents, order.Currency);
        if (order.DiscountCents != 0)
        {
            Total(page, regular, order.CouponCode is null ? "Discount" : $"Discount ({order.CouponCode})", -order.DiscountCents, order.Currency);
        }

        Total(page, regular, "Tax", order.TaxCents, order.Currency);
        Total(page, regular, "Shipping", order.ShippingCents, order.Currency);
        Total(page, bold, "Total", order.TotalCents, order.Currency);
        if (!order.PriceKnown)
        {
            page.Advance(LineHeight);
            page.Text("Some prices were not known when the order was placed.", regular, Margin);
        }

        page.Dispose();
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static void Row(InvoicePage page, XFont font, string product, string sku, string quantity, string unitPrice, string amount)
    {
        page.Text(Shorten(product, 45), font, Margin);
        page.Text(Shorten(sku, 14), font, 300);
        page.TextRight(quantity, font, 400);
        page.TextRight(unitPrice, font, 475);
        page.TextRight(amount, font, 545);
        page.Advance(LineHeight);
    }

    private static void Total(InvoicePage page, XFont font, string label, long cents, string currency)
    {
        page.Text(label, font, 330);
        page.TextRight(Amount(cents, currency), font, 545);
        page.Advance(LineHeight);
    }

    public static string Amount(long cents, string currency) =>
        string.Create(CultureInfo.InvariantCulture, $"{Money.ToDecimal(cents):0.00} {currency}");

    private static string Date(DateTime value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
