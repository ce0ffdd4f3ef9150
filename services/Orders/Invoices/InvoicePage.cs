using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace PurchasePlatform.Orders.Invoices;

/// <summary>Writes lines top to bottom, starting a new A4 page when one is full.</summary>
internal sealed class InvoicePage(PdfDocument document) : IDisposable
{
    private const double Top = 60;
    private const double Bottom = 60;

    private XGraphics _graphics = NewPage(document);
    private double _y = Top;

    public void Text(string text, XFont font, double x) =>
        _graphics.DrawString(text, font, XBrushes.Black, new XPoint(x, _y), XStringFormats.BaseLineLeft);

    public void TextRight(string text, XFont font, double right) =>
        _graphics.DrawString(text, font, XBrushes.Black, new XPoint(right, _y), XStringFormats.BaseLineRight);

    public void Rule()
    {
        _graphics.DrawLine(XPens.Gray, 50, _y - 11, 545, _y - 11);
        Advance(4);
    }

    public void Advance(double height)
    {
        _y += height;
        if (_y > _graphics.PageSize.Height - Bottom)
        {
            _graphics.Dispose();
            _graphics = NewPage(document);
            _y = Top;
        }
    }

    /// <summary>Finishes the last page's content; call before the document is saved.</summary>
    public void Dispose() => _graphics.Dispose();

    private static XGraphics NewPage(PdfDocument document)
    {
        var page = document.AddPage();
        page.Size = PageSize.A4;
        return XGraphics.FromPdfPage(page);
    }
}
