namespace PurchasePlatform.Catalog.Domain;

/// <summary>
/// Relevance of a product to a search: each query term scores by where it matches (name over tags, brand and
/// category over description) and how (a whole word over a word prefix over a substring); the whole query found in
/// the name, and every term found somewhere, add bonuses. Zero means not a match.
/// </summary>
public static class SearchRanking
{
    private const int PhraseInNameBonus = 8;
    private const int AllTermsBonus = 5;

    public static IReadOnlyList<string> Terms(string query) =>
        Words(query).Distinct(StringComparer.Ordinal).ToList();

    public static int Score(Product product, string? categoryName, IReadOnlyList<string> terms)
    {
        if (terms.Count == 0)
        {
            return 0;
        }

        var name = Words(product.Name);
        var tags = product.Tags.SelectMany(Words).ToList();
        var brandAndCategory = Words(product.Specifications.GetValueOrDefault("brand") ?? "").Concat(Words(categoryName ?? "")).ToList();
        var description = Words(product.Description + " " + product.LongDescription);

        var score = 0;
        var matchedTerms = 0;
        foreach (var term in terms)
        {
            var termScore = Match(name, term, word: 10, prefix: 6, substring: 3)
                + Match(tags, term, word: 5, prefix: 3, substring: 2)
                + Match(brandAndCategory, term, word: 4, prefix: 2, substring: 1)
                + Match(description, term, word: 2, prefix: 1, substring: 1);
            score += termScore;
            matchedTerms += termScore > 0 ? 1 : 0;
        }

        if (score == 0)
        {
            return 0;
        }

        if (terms.Count > 1 && string.Join(' ', name).Contains(string.Join(' ', terms), StringComparison.Ordinal))
        {
            score += PhraseInNameBonus;
        }

        return matchedTerms == terms.Count ? score + AllTermsBonus : score;
    }

    private static int Match(IReadOnlyCollection<string> words, string term, int word, int prefix, int substring)
    {
        if (words.Contains(term))
        {
            return word;
        }

        if (words.Any(w => w.StartsWith(term, StringComparison.Ordinal)))
        {
            return prefix;
        }

        return words.Any(w => w.Contains(term, StringComparison.Ordinal)) ? substring : 0;
    }

    private static List<string> Words(string text) =>
        text.ToLowerInvariant()
            .Split(text.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries)
            .ToList();
}
