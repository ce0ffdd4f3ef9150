using PurchasePlatform.Catalog.Domain;

namespace PurchasePlatform.Catalog.Apis;

/// <summary>The loaded category list, navigable by id, slug, parent and descendants.</summary>
public sealed class CategoryTree(IReadOnlyList<Category> categories)
{
    private readonly Dictionary<string, Category> byId = categories.ToDictionary(category => category.Id, StringComparer.Ordinal);
    private readonly ILookup<string, Category> byParent = categories.Where(category => category.ParentId is not null)
        .ToLookup(category => category.ParentId!, StringComparer.Ordinal);

    public IEnumerable<Category> Roots => categories.Where(category => category.ParentId is null).OrderBy(category => category.Id, StringComparer.Ordinal);

    public Category? Find(string idOrSlug) =>
        byId.GetValueOrDefault(idOrSlug)
        ?? categories.FirstOrDefault(category => string.Equals(category.Slug, idOrSlug, StringComparison.OrdinalIgnoreCase));

    public Category? this[string id] => byId.GetValueOrDefault(id);

    public IEnumerable<Category> ChildrenOf(string id) => byParent[id].OrderBy(category => category.Id, StringComparer.Ordinal);

    /// <summary>The category and everything below it.</summary>
    public IReadOnlyList<string> SelfAndDescendants(string id)
    {
        var ids = new List<string> { id };
        for (var next = 0; next < ids.Count; next++)
        {
            ids.AddRange(byParent[ids[next]].Select(child => child.Id));
        }

        return ids;
    }
}
