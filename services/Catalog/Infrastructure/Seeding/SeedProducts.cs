using System.Globalization;
using PurchasePlatform.Catalog.Domain;

namespace PurchasePlatform.Catalog.Infrastructure.Seeding;

/// <summary>
/// The seed products, made up deterministically from <see cref="SeedCategories"/>: the same ids, names, prices and
/// specifications on every machine and every start, so other services and tests can rely on them.
/// </summary>
internal static class SeedProducts
{
    public const int PerLeafCategory = 10;

    private static readonly DateTime FirstCreatedAt = new(2024, 1, 15, 0, 0, 0, DateTimeKind.Utc);

    public static IReadOnlyList<Product> Create()
    {
        var products = new List<Product>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var category in SeedCategories.All.Where(category => category.Products is not null))
        {
            for (var index = 0; index < PerLeafCategory; index++)
            {
                products.Add(Create(category, category.Products!, index, products.Count + 1, names));
            }
        }

        return products;
    }

    private static Product Create(SeedCategory category, SeedProductLine line, int index, int number, HashSet<string> names)
    {
        var brand = line.Brands[index % line.Brands.Length];
        var (model, minPrice, maxPrice) = Model(line.Models[index % line.Models.Length]);
        var name = line.TitleOnly ? model : $"{brand} {model}";
        if (!names.Add(name))
        {
            throw new InvalidOperationException($"The seed line of {category.Name} makes \"{name}\" twice; give it more brands or models");
        }

        var sku = $"{line.SkuPrefix}-{number:000}";
        var price = Price(minPrice, maxPrice, index);
        var features = Enumerable.Range(0, 3).Select(offset => line.Features[(index + offset) % line.Features.Length]).ToList();
        var specifications = new Dictionary<string, string> { ["brand"] = brand };
        if (line.TitleOnly)
        {
            specifications["format"] = model[(model.LastIndexOf('(') + 1)..^1];
            specifications["isbn"] = $"978-1-{40000 + (number * 37):00000}-{number % 97:00}-{index}";
        }
        else
        {
            specifications["model"] = $"{Initials(brand)}-{Initials(model)}{100 + (index * 10)}";
        }

        foreach (var (key, values) in line.Specifications)
        {
            specifications[key] = values[(index + key.Length) % values.Length];
        }

        if (!line.TitleOnly)
        {
            specifications["warranty"] = index % 3 == 0 ? "2 years" : "1 year";
        }

        var color = line.Colors.Length == 0 ? null : line.Colors[index % line.Colors.Length];
        var attributes = new List<ProductAttribute>();
        if (color is not null)
        {
            attributes.Add(new ProductAttribute("Color", color));
        }

        attributes.AddRange(line.Specifications.Take(1).Select(spec => new ProductAttribute(Title(spec.Key), specifications[spec.Key])));

        var createdAt = FirstCreatedAt.AddDays(number * 2).AddHours(index);
        var imageBase = $"https://cdn.example.com/products/{sku.ToLowerInvariant()}";
        return new Product
        {
            Id = $"prod-{number:000}",
            Name = name,
            Slug = Slugs.From(name),
            Description = line.TitleOnly
                ? $"{BookTitle(model)}, published by {brand}: {features[0]} and {features[1]}."
                : $"The {model} by {brand}, with {features[0]} and {features[1]}.",
            LongDescription = line.TitleOnly ? BookDescription(model, brand, features, specifications) : LongDescription(name, brand, features, specifications),
            PriceCents = (long)(price * 100),
            CompareAtPriceCents = index % 3 == 1 ? (long)((Math.Floor(price * 1.25m) + 0.99m) * 100) : null,
            Currency = "USD",
            Sku = sku,
            CategoryId = category.Id,
            Images =
            [
                new ProductImage($"{imageBase}-1.jpg", $"{name} front view", true),
                new ProductImage($"{imageBase}-2.jpg", $"{name} side view", false),
            ],
            StockQuantity = index == 7 ? 0 : 5 + (number * 37 % 240),
            Tags = line.Tags.Where((_, tag) => (tag + index) % 4 != 3).Append(Slugs.From(brand)).Distinct().ToList(),
            Attributes = attributes,
            Specifications = specifications,
            CreatedAt = createdAt,
            UpdatedAt = createdAt.AddDays(30 + index),
        };
    }

    /// <summary>"Name|min|max" -> the name and its price range.</summary>
    private static (string Name, decimal Min, decimal Max) Model(string model)
    {
        var parts = model.Split('|');
        return (parts[0], decimal.Parse(parts[1], CultureInfo.InvariantCulture), decimal.Parse(parts[2], CultureInfo.InvariantCulture));
    }

    /// <summary>A price within the model's range, ending in .99; each brand's model sits at its own point of the range.</summary>
    private static decimal Price(decimal min, decimal max, int index)
    {
        var position = index * 7 % PerLeafCategory / (decimal)(PerLeafCategory - 1);
        return Math.Floor(min + ((max - min) * position)) + 0.99m;
    }

    private static string LongDescription(string name, string brand, IReadOnlyList<string> features, Dictionary<string, string> specifications)
    {
        var specs = string.Join(", ", specifications.Where(spec => spec.Key is not ("brand" or "model" or "warranty"))
            .Select(spec => $"{Title(spec.Key).ToLowerInvariant()}: {spec.Value}"));
        return $"The {name} brings {features[0]}, {features[1]} and {features[2]}. Designed by {brand} for everyday use ({specs}). " +
            $"Covered by a {specifications["warranty"].Replace(" years", "-year", StringComparison.Ordinal).Replace(" year", "-year", StringComparison.Ordinal)} warranty.";
    }

    private static string BookDescription(string title, string publisher, IReadOnlyList<string> features, Dictionary<string, string> specifications) =>
        $"{BookTitle(title)} by {specifications["author"]} offers {features[0]}, {features[1]} and {features[2]}. " +
        $"{specifications["pages"]} pages, published in {specifications["language"]} by {publisher}.";

    /// <summary>"The Salt Road (Hardcover)" -> "The Salt Road".</summary>
    private static string BookTitle(string bookModel) => bookModel[..bookModel.LastIndexOf(" (", StringComparison.Ordinal)];

    private static string Initials(string text) =>
        string.Concat(text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => char.ToUpperInvariant(word[0])))
            .Where(char.IsAsciiLetterOrDigit).Aggregate("", (initials, c) => initials + c);

    /// <summary>"batteryLife" -> "Battery Life".</summary>
    private static string Title(string key) =>
        string.Concat(key.Select((c, i) => i == 0 ? char.ToUpperInvariant(c).ToString(CultureInfo.InvariantCulture)
            : char.IsUpper(c) ? " " + c : c.ToString(CultureInfo.InvariantCulture)));
}
