using PurchasePlatform.Catalog.Domain;

namespace PurchasePlatform.Catalog.Tests.Domain;

public sealed class SearchRankingTests
{
    private static Product Product(string name, string description = "", string[]? tags = null, string? brand = null) => new()
    {
        Id = "p",
        Name = name,
        Slug = "p",
        Description = description,
        PriceCents = 100,
        Sku = "s",
        CategoryId = "c",
        Tags = [.. tags ?? []],
        Specifications = brand is null ? [] : new() { ["brand"] = brand },
        CreatedAt = DateTime.UnixEpoch,
        UpdatedAt = DateTime.UnixEpoch,
    };

    [Fact]
    public void A_whole_word_beats_a_word_prefix_which_beats_a_substring()
    {
        var terms = SearchRanking.Terms("phone");

        var word = SearchRanking.Score(Product("Orbit Phone"), null, terms);
        var prefix = SearchRanking.Score(Product("Orbit Phones"), null, terms);
        var substring = SearchRanking.Score(Product("Orbit Headphones"), null, terms);

        Assert.True(word > prefix, $"{word} vs {prefix}");
        Assert.True(prefix > substring, $"{prefix} vs {substring}");
        Assert.True(substring > 0);
    }

    [Fact]
    public void Name_beats_tags_which_beat_brand_and_category_which_beat_description()
    {
        var terms = SearchRanking.Terms("kettle");

        var name = SearchRanking.Score(Product("Kettle"), null, terms);
        var tag = SearchRanking.Score(Product("Pot", tags: ["kettle"]), null, terms);
        var category = SearchRanking.Score(Product("Pot"), "Kettle", terms);
        var description = SearchRanking.Score(Product("Pot", "a kettle"), null, terms);

        Assert.True(name > tag && tag > category && category > description && description > 0, $"{name} {tag} {category} {description}");
    }

    [Fact]
    public void Matching_every_term_and_the_phrase_in_the_name_adds_to_the_score_and_nothing_matching_scores_zero()
    {
        var terms = SearchRanking.Terms("Smart WATCH");

        var phrase = SearchRanking.Score(Product("Smart Watch Pro"), null, terms);
        var apart = SearchRanking.Score(Product("Watch Smart Pro"), null, terms);
        var one = SearchRanking.Score(Product("Smart Speaker"), null, terms);

        Assert.Equal(["smart", "watch"], terms);
        Assert.True(phrase > apart && apart > one, $"{phrase} {apart} {one}");
        Assert.Equal(0, SearchRanking.Score(Product("Desk"), "Furniture", terms));
    }
}
