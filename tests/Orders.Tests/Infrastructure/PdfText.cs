using System.Text;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace PurchasePlatform.Orders.Tests.Infrastructure;

/// <summary>The text shown by a PDF's Tj and TJ operators, read back with PDFsharp's content parser (one line per operator).</summary>
public static class PdfText
{
    public static string Extract(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        var text = new StringBuilder();
        foreach (var page in document.Pages)
        {
            Collect(ContentReader.ReadContent(page), text);
        }

        return text.ToString();
    }

    private static void Collect(CObject content, StringBuilder text)
    {
        switch (content)
        {
            case COperator { OpCode.Name: "Tj" or "TJ" or "'" or "\"" } show:
                foreach (var operand in show.Operands) Strings(operand, text);
                text.AppendLine();
                break;
            case CSequence sequence:
                foreach (var item in sequence) Collect(item, text);
                break;
        }
    }

    private static void Strings(CObject operand, StringBuilder text)
    {
        switch (operand)
        {
            case CString value:
                text.Append(value.Value);
                break;
            case CArray array:
                foreach (var item in array) Strings(item, text);
                break;
        }
    }
}
