using System.Globalization;
using System.Text.Json;
using LocalDapr.Components;

namespace LocalDapr.Secrets;

/// <summary>
/// <c>secretstores.local.file</c> as in components-contrib: a JSON file, nested objects flattened with
/// <c>nestedSeparator</c> (default ":"); with <c>multiValued: "true"</c> each top-level key is one secret whose
/// values are its (flattened) children. The file is read once at start-up, like daprd does.
/// </summary>
public sealed class LocalFileSecretStore : ISecretStore
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _secrets;

    private LocalFileSecretStore(string name, Dictionary<string, IReadOnlyDictionary<string, string>> secrets)
    {
        Name = name;
        _secrets = secrets;
    }

    public string Name { get; }

    /// <param name="spec">Its <c>secretsFile</c> must already be an absolute path.</param>
    public static LocalFileSecretStore Create(ComponentSpec spec)
    {
        var path = spec.Required("secretsFile");
        if (!File.Exists(path))
            throw new ComponentConfigurationException(spec.SourceFile, "spec.metadata.secretsFile", $"secrets file '{path}' does not exist");
        var separator = spec.Optional("nestedSeparator") ?? ":";
        var multiValued = spec.Bool("multiValued", false);

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException ex)
        {
            throw new ComponentConfigurationException(spec.SourceFile, "spec.metadata.secretsFile", $"'{path}' is not valid JSON: {ex.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new ComponentConfigurationException(spec.SourceFile, "spec.metadata.secretsFile", $"'{path}' must hold a JSON object");

            var secrets = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
            if (multiValued)
            {
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    var values = new Dictionary<string, string>(StringComparer.Ordinal);
                    Flatten(property.Value, property.Value.ValueKind == JsonValueKind.Object ? null : property.Name, separator, values);
                    secrets[property.Name] = values;
                }
            }
            else
            {
                var flat = new Dictionary<string, string>(StringComparer.Ordinal);
                Flatten(document.RootElement, null, separator, flat);
                foreach (var (key, value) in flat)
                    secrets[key] = new Dictionary<string, string>(StringComparer.Ordinal) { [key] = value };
            }

            return new LocalFileSecretStore(spec.Name, secrets);
        }
    }

    public Task<IReadOnlyDictionary<string, string>?> GetAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_secrets.TryGetValue(key, out var values) ? values : null);

    public Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> GetBulkAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>>(_secrets);

    private static void Flatten(JsonElement element, string? prefix, string separator, Dictionary<string, string> into)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                    Flatten(property.Value, prefix is null ? property.Name : prefix + separator + property.Name, separator, into);
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                    Flatten(item, (prefix ?? "") + separator + index++.ToString(CultureInfo.InvariantCulture), separator, into);
                break;
            case JsonValueKind.String:
                into[prefix ?? ""] = element.GetString()!;
                break;
            default:
                into[prefix ?? ""] = element.GetRawText();
                break;
        }
    }
}
