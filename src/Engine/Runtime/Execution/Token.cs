namespace TthcFlow.Engine.Runtime.Execution;

/// <summary>A live token while a command executes (the mutable twin of <see cref="TokenState"/>).</summary>
internal sealed class Token(int from, string port, int to, bool consumed = false, bool blocked = false)
{
    public int From { get; } = from;
    public string Port { get; } = port;
    public int To { get; } = to;
    public bool Consumed { get; set; } = consumed;
    public bool Blocked { get; } = blocked;

    /// <summary>Neither consumed nor blocked: it still asks its target to run.</summary>
    public bool IsLive => !Consumed && !Blocked;

    public TokenState ToState() => new(From, Port, To, Consumed, Blocked);
}

/// <summary>A running flowchart while a command executes (the mutable twin of <see cref="ScopeState"/>).</summary>
internal sealed class Scope(int id, int flowchart, int owner, List<LocalValue> locals, List<Token> tokens)
{
    public int Id { get; } = id;
    public int Flowchart { get; } = flowchart;

    /// <summary>The container bookmark running this body; -1 for the root flowchart.</summary>
    public int Owner { get; } = owner;

    public List<LocalValue> Locals { get; } = locals;
    public List<Token> Tokens { get; } = tokens;

    public bool HasLiveToken()
    {
        foreach (var token in Tokens)
        {
            if (token.IsLive)
                return true;
        }

        return false;
    }

    public ScopeState ToState() => new(Id, Flowchart, Owner, Locals.ToArray(), Tokens.Select(t => t.ToState()).ToArray());

    public static Scope FromState(ScopeState state) =>
        new(state.Id, state.Flowchart, state.Owner, [.. state.Locals],
            state.Tokens.Select(t => new Token(t.From, t.Port, t.To, t.Consumed, t.Blocked)).ToList());
}
