using System.Text.Json;
using TthcFlow.Engine.Runtime.Expressions;
using TthcFlow.Engine.Runtime.Graph;

namespace TthcFlow.Engine.Runtime.Execution;

/// <summary>
/// The working set of one command on one instance: a mutable copy of its state, the queue, the
/// effects produced so far. Built from an <see cref="InstanceState"/>, turned back into a new one
/// by <see cref="Snapshot"/>; the given state is never touched.
/// </summary>
internal sealed class InstanceRun
{
    private ScriptHost? _scripts;

    private InstanceRun(RuntimeGraph graph, RunnerOptions options, DateTimeOffset now, string? inputJson, string?[] variables)
    {
        Graph = graph;
        Options = options;
        Now = now;
        InputJson = inputJson;
        Variables = variables;
    }

    public RuntimeGraph Graph { get; }
    public RunnerOptions Options { get; }
    public DateTimeOffset Now { get; }
    public string? InputJson { get; }
    public string?[] Variables { get; }
    public List<Scope> Scopes { get; } = [];
    public List<BookmarkState> Bookmarks { get; } = [];
    public WorkQueue Queue { get; } = new();
    public List<string> Journal { get; } = [];
    public List<RuntimeEffect> Effects { get; } = [];
    public int NextId { get; private set; }
    public long Steps { get; set; }
    public int StepsThisCommand { get; set; }

    /// <summary>Null while the instance still runs; set once it finished, faulted or was cancelled.</summary>
    public InstanceStatus? EndStatus { get; set; }

    public FaultInfo? Fault { get; set; }

    public bool IsRunning => EndStatus is null;

    /// <summary>The Jint host, created on the first script of the command.</summary>
    public ScriptHost Scripts => _scripts ??= new ScriptHost(this);

    public static InstanceRun New(RuntimeGraph graph, RunnerOptions options, StartInput input) =>
        new(graph, options, input.Now, input.InputJson, graph.InitialVariables());

    public static InstanceRun From(RuntimeGraph graph, RunnerOptions options, InstanceState state, DateTimeOffset now)
    {
        var run = new InstanceRun(graph, options, now, state.InputJson, [.. state.Variables])
        {
            NextId = state.NextId,
            Steps = state.Steps,
        };
        run.Scopes.AddRange(state.Scopes.Select(Scope.FromState));
        run.Bookmarks.AddRange(state.Bookmarks);
        run.Journal.AddRange(state.Journal);
        return run;
    }

    public int NewId() => NextId++;

    public Scope? FindScope(int id)
    {
        foreach (var scope in Scopes)
        {
            if (scope.Id == id)
                return scope;
        }

        return null;
    }

    public BookmarkState? FindBookmark(int id)
    {
        foreach (var bookmark in Bookmarks)
        {
            if (bookmark.Id == id)
                return bookmark;
        }

        return null;
    }

    public void Schedule(int node, Scope scope) => Queue.Enqueue(new WorkItem(node, scope.Id));

    /// <summary>Starts a body flowchart: a new scope whose start node is scheduled when its turn comes.</summary>
    public Scope StartScope(int flowchart, int owner, List<LocalValue> locals)
    {
        var scope = new Scope(NewId(), flowchart, owner, locals, []);
        Scopes.Add(scope);
        Queue.Enqueue(new WorkItem(-1, scope.Id, StartsScope: true));
        return scope;
    }

    /// <summary>Elsa's HasPendingWork for a flowchart: a waiting child, queued work or a live token.</summary>
    public bool HasPendingWork(Scope scope)
    {
        foreach (var bookmark in Bookmarks)
        {
            if (bookmark.Scope == scope.Id)
                return true;
        }

        return Queue.HasWorkFor(scope.Id) || scope.HasLiveToken();
    }

    public void WriteLine(GraphNode node, string text)
    {
        Journal.Add(text);
        Effects.Add(new JournalLine(node.ActivityId, text));
    }

    /// <summary>Reads a variable: a loop local of the scope chain first, then a workflow variable.</summary>
    public bool TryReadVariable(Scope scope, string name, out string? json)
    {
        for (Scope? current = scope; current is not null; current = OwnerScope(current))
        {
            foreach (var local in current.Locals)
            {
                if (local.Name == name)
                {
                    json = local.Json;
                    return true;
                }
            }
        }

        var index = Graph.VariableIndex(name);
        json = index >= 0 ? Variables[index] : null;
        return index >= 0;
    }

    /// <summary>Writes a variable (a loop local if one of that name is in scope), coerced to its declared type.</summary>
    public void WriteVariable(Scope scope, string name, JsonElement value)
    {
        for (Scope? current = scope; current is not null; current = OwnerScope(current))
        {
            for (var i = 0; i < current.Locals.Count; i++)
            {
                if (current.Locals[i].Name == name)
                {
                    current.Locals[i] = new LocalValue(name, Values.ToJson(value));
                    return;
                }
            }
        }

        var index = Graph.VariableIndex(name);
        if (index < 0)
            throw new ActivityFaultException($"Variable '{name}' is not declared by the workflow.");
        Variables[index] = Values.ToJson(Values.Coerce(value, Graph.Variables[index].TypeName));
    }

    /// <summary>The scope of the container that runs <paramref name="scope"/>; null for the root.</summary>
    public Scope? OwnerScope(Scope scope)
    {
        if (scope.Owner < 0)
            return null;
        var owner = FindBookmark(scope.Owner);
        return owner is null ? null : FindScope(owner.Scope);
    }

    public InstanceState Snapshot(InstanceStatus status) => new()
    {
        DefinitionId = Graph.DefinitionId,
        Version = Graph.Version,
        Status = status,
        Fault = Fault,
        NextId = NextId,
        Steps = Steps,
        InputJson = InputJson,
        Variables = Variables.ToArray(),
        Scopes = Scopes.Select(s => s.ToState()).ToArray(),
        Bookmarks = Bookmarks.ToArray(),
        Journal = Journal.ToArray(),
    };
}
