using System.Text;

namespace PurchasePlatform.Catalog.Domain;

public static class Slugs
{
    /// <summary>"Smart Watch Pro (2nd Gen)" -> "smart-watch-pro-2nd-gen".</summary>
    public static string From(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }
}
