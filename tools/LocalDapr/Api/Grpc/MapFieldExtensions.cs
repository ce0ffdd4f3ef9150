using Google.Protobuf.Collections;

namespace LocalDapr.Api.GrpcApi;

internal static class MapFieldExtensions
{
    public static void AddAll(this MapField<string, string> map, IEnumerable<KeyValuePair<string, string>> entries)
    {
        foreach (var (key, value) in entries) map[key] = value;
    }
}
