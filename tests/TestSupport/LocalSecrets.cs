using System.Text.Json.Nodes;

namespace PurchasePlatform.TestSupport;

/// <summary>
/// The local-file secret store as components/secretstore.yaml sets it up (multi-valued): values given by their
/// address <c>&lt;secret&gt;:&lt;key&gt;</c>, as the services name them, are written into their secret's object.
/// </summary>
public static class LocalSecrets
{
    /// <returns>What a multi-valued store answers GetSecret(<paramref name="secret"/>) with: its keys and values; empty when it has none.</returns>
    public static Dictionary<string, string> SecretOf(IEnumerable<KeyValuePair<string, string>> valuesByAddress, string secret) =>
        valuesByAddress.Select(entry => (Address: Split(entry.Key), entry.Value))
            .Where(entry => entry.Address.Secret == secret)
            .ToDictionary(entry => entry.Address.Key, entry => entry.Value, StringComparer.Ordinal);

    public static string Json(IReadOnlyDictionary<string, string> valuesByAddress)
    {
        var file = new JsonObject();
        foreach (var (address, value) in valuesByAddress)
        {
            var (secret, key) = Split(address);
            if (file[secret] is not JsonObject values)
            {
                file[secret] = values = new JsonObject();
            }

            values[key] = value;
        }

        return file.ToJsonString();
    }

    private static (string Secret, string Key) Split(string address)
    {
        var separator = address.IndexOf(':', StringComparison.Ordinal);
        return (address[..separator], address[(separator + 1)..]);
    }

    public static string Component(string secretsFile, string name = "secretstore") =>
        Yaml.Component(name, "secretstores.local.file", ("secretsFile", secretsFile), ("multiValued", "true"));
}
