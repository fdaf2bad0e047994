using TthcFlow.Definitions.Procedures;
using TthcFlow.Engine.Runtime;

namespace TthcFlow.Engine.Dossiers.Procedures;

/// <summary>
/// One published version of a procedure's internal process (quy trình nội bộ) as the dossier
/// commands need it: its identity and the procedure it implements (code, name, field, legal limit).
/// </summary>
public sealed record ProcedureVersion(string DefinitionId, int Version, string Name, ProcedureInfo Procedure);

/// <summary>
/// The workflow runtime as the write path calls it, inside a command's apply: start an instance for
/// a new dossier, resume it with an officer's action, and (de)serialise its state for the dossier
/// row. Pure and deterministic: given the same state, command and instant it returns the same result.
/// </summary>
public interface IProcedureRuntime
{
    /// <summary>The latest published version of a procedure's process, or null.</summary>
    ProcedureVersion? FindPublished(string definitionId);

    /// <summary>A given version (the one a running dossier started on), or null.</summary>
    ProcedureVersion? Find(string definitionId, int version);

    RunResult Start(ProcedureVersion procedure, StartInput input);

    RunResult Resume(ProcedureVersion procedure, InstanceState state, RuntimeCommand command, DateTimeOffset now);

    byte[] Serialize(InstanceState state);

    InstanceState Deserialize(byte[] data);
}
