using LocalDapr.Components;
using LocalDapr.State;

namespace LocalDapr.Tests.State;

public sealed class InMemoryStateStoreTests : StateStoreContract
{
    protected override Dictionary<string, string> RequiredMetadata() => [];

    protected override IStateStore Create(ComponentSpec spec) => InMemoryStateStore.Create(spec);

    [Fact]
    public async Task Two_components_do_not_share_state()
    {
        await using var other = Create(Spec("other", RequiredMetadata()));

        await Store.SetAsync(Write("app||k", Bytes("v")), default);

        Assert.Null(await other.GetAsync("app||k", default));
    }
}
