using System.Globalization;

namespace LocalDapr.Components;

/// <summary>
/// A Dapr component as read from YAML, with every <c>secretKeyRef</c> already resolved.
/// Accessors throw <see cref="ComponentConfigurationException"/> naming the file and field.
/// </summary>
public sealed class ComponentSpec
{
    public ComponentSpec(string name, string type, string version, IReadOnlyDictionary<string, string> metadata,
        IReadOnlyList<string> scopes, string sourceFile)
    {
        Name = name;
        Type = type;
        Version = version;
        Metadata = metadata;
        Scopes = scopes;
        SourceFile = sourceFile;
    }

    public string Name { get; }
    public string Type { get; }
    public string Version { get; }
    public IReadOnlyDictionary<string, string> Metadata { get; }
    public IReadOnlyList<string> Scopes { get; }
    public string SourceFile { get; }

    public bool IsVisibleTo(string appId) => Scopes.Count == 0 || Scopes.Contains(appId, StringComparer.Ordinal);

    public string Required(string field) =>
        Metadata.TryGetValue(field, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new ComponentConfigurationException(SourceFile, $"spec.metadata.{field}",
                $"component '{Name}' of type '{Type}' needs metadata field '{field}'");

    public string? Optional(string field) =>
        Metadata.TryGetValue(field, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    public bool Bool(string field, bool defaultValue)
    {
        var value = Optional(field);
        if (value is null) return defaultValue;
        return bool.TryParse(value, out var parsed)
            ? parsed
            : throw Invalid(field, value, "true or false");
    }

    public int Int(string field, int defaultValue)
    {
        var value = Optional(field);
        if (value is null) return defaultValue;
        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : throw Invalid(field, value, "a whole number");
    }

    public TimeSpan Duration(string field, TimeSpan defaultValue)
    {
        var value = Optional(field);
        if (value is null) return defaultValue;
        return Durations.TryParse(value, out var parsed)
            ? parsed
            : throw Invalid(field, value, "a duration such as 500ms, 15s or 1m");
    }

    private ComponentConfigurationException Invalid(string field, string value, string expected) =>
        new(SourceFile, $"spec.metadata.{field}", $"component '{Name}': '{value}' is not {expected}");
}
