namespace LocalDapr.Actors;

/// <summary>One actor: its type and id (daprd writes it <c>type||id</c>).</summary>
public readonly record struct ActorKey(string Type, string Id)
{
    public override string ToString() => $"{Type}||{Id}";
}
