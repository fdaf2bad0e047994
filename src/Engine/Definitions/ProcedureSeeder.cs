using Microsoft.EntityFrameworkCore;
using TthcFlow.Definitions.Elsa;
using TthcFlow.Engine.Hosting;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Engine.Definitions;

/// <summary>
/// Loads the procedures shipped in <c>workflows/procedures</c> at start-up: a file whose
/// canonical content is not stored yet becomes a new published version; an unchanged file is
/// left alone, so restarts are idempotent. A file that does not validate stops start-up with
/// its located errors rather than serving a half-loaded province.
/// </summary>
public sealed class ProcedureSeeder(
    WorkflowsFolder folder, DefinitionStore store, DefinitionChecker checker,
    IDbContextFactory<EngineDbContext> contexts, ILogger<ProcedureSeeder> logger)
{
    public async Task<int> SeedAsync(CancellationToken ct)
    {
        if (!Directory.Exists(folder.Procedures)) return 0;
        var loaded = 0;
        foreach (var file in Directory.EnumerateFiles(folder.Procedures, "*.json", SearchOption.AllDirectories).Order())
        {
            var text = await File.ReadAllTextAsync(file, ct);
            var result = checker.Check(text);
            if (result.Rejection is { } rejection)
                throw new InvalidOperationException(
                    $"{Path.GetFileName(file)}: " + string.Join("; ", rejection.Issues.Select(i => $"[{i.ActivityId}].{i.Field}: {i.MessageEn}")));

            var canonical = ElsaJson.Write(result.Definition!);
            var hash = DefinitionStore.Hash(canonical);
            await using (var db = await contexts.CreateDbContextAsync(ct))
            {
                var definitionId = result.Definition!.DefinitionId;
                if (await db.Definitions.AnyAsync(d => d.DefinitionId == definitionId && d.ContentHash == hash, ct)) continue;
            }

            var imported = await store.ImportAsync(canonical, ct);
            var stored = imported.Definition!;
            var published = await store.PublishAsync(stored.DefinitionId, stored.Version,
                new Approval(null, null, $"workflows/procedures/{Path.GetFileName(file)}"), ct);
            if (published.Definition is null)
                throw new InvalidOperationException($"{Path.GetFileName(file)} cannot be published: " +
                    string.Join("; ", published.Blockers.Select(b => $"[{b.ActivityId}].{b.Field}: {b.MessageEn}")));
            logger.LogInformation("Loaded {DefinitionId} v{Version} from {File}", stored.DefinitionId, stored.Version, Path.GetFileName(file));
            loaded++;
        }
        return loaded;
    }
}
