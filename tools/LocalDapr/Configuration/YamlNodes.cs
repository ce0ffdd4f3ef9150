using System.Globalization;
using LocalDapr.Components;
using YamlDotNet.RepresentationModel;

namespace LocalDapr.Configuration;

/// <summary>Small helpers over YamlDotNet's node model that report problems as file + field errors.</summary>
internal static class YamlNodes
{
    public static IReadOnlyList<YamlMappingNode> LoadDocuments(string file)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(file);
            stream.Load(reader);
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new ComponentConfigurationException(file, null, $"invalid YAML at line {ex.Start.Line}: {ex.Message}");
        }

        var documents = new List<YamlMappingNode>();
        foreach (var document in stream.Documents)
        {
            switch (document.RootNode)
            {
                case YamlMappingNode mapping:
                    documents.Add(mapping);
                    break;
                case YamlScalarNode { Value: null or "" }:
                    break;
                default:
                    throw new ComponentConfigurationException(file, null, "each YAML document must be a mapping");
            }
        }

        return documents;
    }

    public static YamlNode? Child(this YamlMappingNode node, string name) =>
        node.Children.TryGetValue(new YamlScalarNode(name), out var child) ? child : null;

    public static YamlMappingNode? Mapping(this YamlMappingNode node, string name, string file, string path) =>
        node.Child(name) switch
        {
            null => null,
            YamlMappingNode mapping => mapping,
            YamlScalarNode { Value: null or "" or "~" } => null,
            _ => throw new ComponentConfigurationException(file, path, "must be a mapping"),
        };

    public static YamlSequenceNode? Sequence(this YamlMappingNode node, string name, string file, string path) =>
        node.Child(name) switch
        {
            null => null,
            YamlSequenceNode sequence => sequence,
            YamlScalarNode { Value: null or "" or "~" } => null,
            _ => throw new ComponentConfigurationException(file, path, "must be a list"),
        };

    public static string? Scalar(this YamlMappingNode node, string name, string file, string path) =>
        node.Child(name) switch
        {
            null => null,
            YamlScalarNode scalar => scalar.Value,
            _ => throw new ComponentConfigurationException(file, path, "must be a single value"),
        };

    public static string RequiredScalar(this YamlMappingNode node, string name, string file, string path) =>
        node.Scalar(name, file, path) is { Length: > 0 } value
            ? value
            : throw new ComponentConfigurationException(file, path, "is required");

    public static int? Int(this YamlMappingNode node, string name, string file, string path)
    {
        var value = node.Scalar(name, file, path);
        if (string.IsNullOrEmpty(value)) return null;
        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : throw new ComponentConfigurationException(file, path, $"'{value}' is not a whole number");
    }

    public static bool? Bool(this YamlMappingNode node, string name, string file, string path)
    {
        var value = node.Scalar(name, file, path);
        if (string.IsNullOrEmpty(value)) return null;
        return bool.TryParse(value, out var parsed)
            ? parsed
            : throw new ComponentConfigurationException(file, path, $"'{value}' is not true or false");
    }

    public static IReadOnlyList<string> Strings(this YamlMappingNode node, string name, string file, string path)
    {
        var child = node.Child(name);
        return child switch
        {
            null => [],
            YamlScalarNode { Value: null or "" } => [],
            YamlScalarNode scalar => [scalar.Value!],
            YamlSequenceNode sequence => sequence.Children.Select((item, i) => item is YamlScalarNode s && s.Value is not null
                ? s.Value
                : throw new ComponentConfigurationException(file, $"{path}[{i}]", "must be a single value")).ToList(),
            _ => throw new ComponentConfigurationException(file, path, "must be a list of values"),
        };
    }

    public static Dictionary<string, string> StringMap(this YamlMappingNode node, string name, string file, string path)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var mapping = node.Mapping(name, file, path);
        if (mapping is null) return result;
        foreach (var (key, value) in mapping.Children)
        {
            var keyText = ((YamlScalarNode)key).Value ?? "";
            result[keyText] = value is YamlScalarNode scalar
                ? scalar.Value ?? ""
                : throw new ComponentConfigurationException(file, $"{path}.{keyText}", "must be a single value");
        }

        return result;
    }
}
