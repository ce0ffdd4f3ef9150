namespace LocalDapr.Secrets;

public interface ISecretStore
{
    string Name { get; }

    /// <summary>The secret's values (one entry, or several for a multi-valued secret); null when unknown.</summary>
    Task<IReadOnlyDictionary<string, string>?> GetAsync(string key, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> GetBulkAsync(CancellationToken cancellationToken);
}
