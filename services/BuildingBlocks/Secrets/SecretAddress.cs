using System.Text.RegularExpressions;

namespace PurchasePlatform.BuildingBlocks.Secrets;

/// <summary>
/// Where a value lives in a Dapr secret store, written <c>&lt;secret&gt;:&lt;key&gt;</c> (<c>identity:signingKey</c>): the
/// secret a GetSecret call names, and the key of the value in its answer. On Kubernetes that is a Secret and one of
/// its data keys; in the local file store (<c>multiValued: "true"</c>) a top-level object and one of its members.
/// Both parts use only the characters Kubernetes allows.
/// </summary>
public sealed partial record SecretAddress(string Secret, string Key)
{
    public static SecretAddress Parse(string address)
    {
        var separator = address.IndexOf(':', StringComparison.Ordinal);
        if (separator <= 0 || !ValidSecret().IsMatch(address[..separator]) || !ValidKey().IsMatch(address[(separator + 1)..]))
        {
            throw new ArgumentException(
                $"'{address}' is not a secret address: it must be <secret>:<key>, the secret in lowercase letters, digits and '-', the key in letters, digits, '-', '_' and '.'",
                nameof(address));
        }

        return new SecretAddress(address[..separator], address[(separator + 1)..]);
    }

    /// <returns>This address's value in a GetSecret answer, or null when it is missing or empty.</returns>
    public string? ValueIn(IReadOnlyDictionary<string, string>? values) =>
        values is not null && values.TryGetValue(Key, out var value) && value.Length > 0 ? value : null;

    public override string ToString() => $"{Secret}:{Key}";

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex ValidSecret();

    [GeneratedRegex("^[-._a-zA-Z0-9]+$")]
    private static partial Regex ValidKey();
}
