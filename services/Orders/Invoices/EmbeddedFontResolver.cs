using System.Reflection;
using PdfSharp.Fonts;

namespace PurchasePlatform.Orders.Invoices;

/// <summary>
/// PDFsharp 6's Core build finds no system fonts on Linux and asks <see cref="GlobalFontSettings.FontResolver"/>.
/// This one serves DejaVu Sans, regular and bold, from the assembly's resources, for every family asked for.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public const string FamilyName = "DejaVu Sans";

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly Lock Gate = new();

    public static EmbeddedFontResolver Instance { get; } = new();

    /// <summary>Installs the resolver once per process; PDFsharp refuses a different resolver after fonts were used.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (!ReferenceEquals(GlobalFontSettings.FontResolver, Instance))
            {
                GlobalFontSettings.FontResolver = Instance;
            }
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[] GetFont(string faceName)
    {
        var resource = $"PurchasePlatform.Orders.Invoices.Fonts.{faceName}.ttf";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
                           ?? throw new InvalidOperationException($"The font resource {resource} is missing");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
