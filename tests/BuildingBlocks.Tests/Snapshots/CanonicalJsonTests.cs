using System.Text.Json.Nodes;
using PurchasePlatform.BuildingBlocks.Snapshots;

namespace PurchasePlatform.BuildingBlocks.Tests.Snapshots;

public sealed class CanonicalJsonTests
{
    [Theory]
    [InlineData("""{ "b": 1, "a": [ true, false, null ] }""", """{"a":[true,false,null],"b":1}""")]
    [InlineData("""{"b":{"z":1,"y":2},"a":-3}""", """{"a":-3,"b":{"y":2,"z":1}}""")]
    [InlineData("""{"é":1,"e":2,"E":3,"_":4}""", """{"E":3,"_":4,"e":2,"é":1}""")]
    [InlineData("""["\u0001\t\n\"\\/é€😀"]""", "[\"\\u0001\\t\\n\\\"\\\\/é€😀\"]")]
    public void Writes_the_jcs_form(string json, string canonical) =>
        Assert.Equal(canonical, CanonicalJson.Serialize(JsonNode.Parse(json)));

    [Theory]
    [InlineData("""{"n":1.5}""")]
    [InlineData("""{"n":1e2}""")]
    [InlineData("""{"n":100.0}""")]
    [InlineData("""{"n":99999999999999999999}""")]
    public void Refuses_numbers_that_are_not_integers(string json) =>
        Assert.Throws<FormatException>(() => CanonicalJson.Serialize(JsonNode.Parse(json)));
}
