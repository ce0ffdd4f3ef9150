namespace LocalDapr.Components;

/// <summary>Stops start-up: a resource file is invalid. The message names the file and the field.</summary>
public sealed class ComponentConfigurationException(string file, string? field, string problem)
    : Exception(field is null ? $"{file}: {problem}" : $"{file}: field '{field}': {problem}")
{
    public string File { get; } = file;
    public string? Field { get; } = field;
}
