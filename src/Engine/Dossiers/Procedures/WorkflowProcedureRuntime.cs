using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using TthcFlow.Definitions.Elsa;
using TthcFlow.Definitions.Model;
using TthcFlow.Definitions.Procedures;
using TthcFlow.Engine.Definitions;
using TthcFlow.Engine.Runtime;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Engine.Dossiers.Procedures;

/// <summary>Where the procedure versions come from: the definitions table, or a fixed set (tests, benchmarks).</summary>
public interface IProcedureDefinitions
{
    /// <summary>The number of the latest published version, or null.</summary>
    int? PublishedVersion(string definitionId);

    /// <summary>The parsed definition of one version, or null.</summary>
    WorkflowDefinition? Load(string definitionId, int version);

    /// <summary>Forgets what is known of the definition's published version: one was just published on this node.</summary>
    void Forget(string definitionId) { }
}

/// <summary>
/// The dossier commands' view of the workflow runtime: <see cref="WorkflowRunner"/> over the stored
/// procedure versions, with the runtime's compact state format. Each version is read and parsed
/// once and kept (versions never change), so resuming a dossier costs no I/O.
/// </summary>
public sealed class WorkflowProcedureRuntime(IProcedureDefinitions definitions, WorkflowRunner runner) : IProcedureRuntime
{
    private readonly ConcurrentDictionary<(string, int), (ProcedureVersion Procedure, WorkflowDefinition Workflow)> _versions = new();

    public ProcedureVersion? FindPublished(string definitionId) =>
        definitions.PublishedVersion(definitionId) is { } version ? Find(definitionId, version) : null;

    public ProcedureVersion? Find(string definitionId, int version) => Loaded(definitionId, version)?.Procedure;

    public RunResult Start(ProcedureVersion procedure, StartInput input) => runner.Start(Workflow(procedure), input);

    public RunResult Resume(ProcedureVersion procedure, InstanceState state, RuntimeCommand command, DateTimeOffset now) =>
        runner.Resume(Workflow(procedure), state, command, now);

    public byte[] Serialize(InstanceState state) => InstanceStateSerializer.Serialize(state);

    public InstanceState Deserialize(byte[] data) => InstanceStateSerializer.Deserialize(data);

    private WorkflowDefinition Workflow(ProcedureVersion procedure) =>
        Loaded(procedure.DefinitionId, procedure.Version)?.Workflow
        ?? throw new InvalidOperationException($"Procedure {procedure.DefinitionId} v{procedure.Version} disappeared.");

    private (ProcedureVersion Procedure, WorkflowDefinition Workflow)? Loaded(string definitionId, int version)
    {
        if (_versions.TryGetValue((definitionId, version), out var loaded))
            return loaded;
        if (definitions.Load(definitionId, version) is not { } workflow)
            return null;
        var procedure = new ProcedureVersion(definitionId, version, workflow.Name ?? definitionId, workflow.Procedure ?? new ProcedureInfo());
        return _versions.GetOrAdd((definitionId, version), (procedure, workflow));
    }
}

/// <summary>
/// Procedure versions from the definitions table (phiên bản quy trình đã lưu). Every filing asks
/// which version is published; the answer is kept for <see cref="PublishedFreshness"/> of real
/// time (a cadence of re-reading a table, not a deadline — so another node's publication is seen
/// within that) and forgotten at once when this node publishes.
/// </summary>
public sealed class StoredProcedureDefinitions(IDbContextFactory<EngineDbContext> contexts) : IProcedureDefinitions
{
    /// <summary>How long a read of the published version is reused.</summary>
    public static readonly TimeSpan PublishedFreshness = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<string, (int? Version, long ReadAt)> _published = new();

    public int? PublishedVersion(string definitionId)
    {
        if (_published.TryGetValue(definitionId, out var known) && Stopwatch.GetElapsedTime(known.ReadAt) < PublishedFreshness)
            return known.Version;
        long readAt = Stopwatch.GetTimestamp();
        using var db = contexts.CreateDbContext();
        var version = db.Set<StoredDefinition>().AsNoTracking()
            .Where(d => d.DefinitionId == definitionId && d.IsPublished)
            .OrderByDescending(d => d.Version)
            .Select(d => (int?)d.Version)
            .FirstOrDefault();
        _published[definitionId] = (version, readAt);
        return version;
    }

    public void Forget(string definitionId) => _published.TryRemove(definitionId, out _);

    public WorkflowDefinition? Load(string definitionId, int version)
    {
        using var db = contexts.CreateDbContext();
        var json = db.Set<StoredDefinition>().AsNoTracking()
            .Where(d => d.DefinitionId == definitionId && d.Version == version)
            .Select(d => d.Json)
            .FirstOrDefault();
        return json is null ? null : ElsaJson.Read(json);
    }
}

/// <summary>A fixed set of procedure versions, each published: for tests, benchmarks and the <c>run</c> verb.</summary>
public sealed class FixedProcedureDefinitions(IEnumerable<WorkflowDefinition> workflows) : IProcedureDefinitions
{
    private readonly Dictionary<(string, int), WorkflowDefinition> _byVersion = workflows.ToDictionary(w => (w.DefinitionId, w.Version));

    public int? PublishedVersion(string definitionId) =>
        _byVersion.Keys.Where(k => k.Item1 == definitionId).Select(k => (int?)k.Item2).Max();

    public WorkflowDefinition? Load(string definitionId, int version) => _byVersion.GetValueOrDefault((definitionId, version));
}
