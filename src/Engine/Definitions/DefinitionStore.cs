using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TthcFlow.Definitions.Elsa;
using TthcFlow.Definitions.Model;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Engine.Definitions;

/// <summary>
/// Stores versions of procedure definitions: import (a new draft version), export in Elsa 3
/// JSON, publish with the approving decision. One owner for the versioning rules.
/// </summary>
public sealed class DefinitionStore(IDbContextFactory<EngineDbContext> contexts, DefinitionChecker checker, TimeProvider clock,
    TthcFlow.Engine.Dossiers.Procedures.IProcedureDefinitions procedures)
{
    private static readonly System.Text.Json.JsonSerializerOptions ExportOptions = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Reads, validates and stores a definition as a draft. Keeps the document's version when it
    /// is free, otherwise takes the next one. Rejected documents change nothing.
    /// </summary>
    public async Task<ImportOutcome> ImportAsync(string json, CancellationToken ct)
    {
        var checkedDefinition = checker.Check(json);
        if (checkedDefinition.Rejection is { } rejection) return ImportOutcome.Rejected(rejection);
        var definition = checkedDefinition.Definition!;

        // Two imports of one definition at once may pick the same version: the unique index
        // refuses the second, which then takes the next number.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return ImportOutcome.Stored(await StoreNextVersionAsync(definition, ct), checkedDefinition.Report!);
            }
            catch (DbUpdateException) when (attempt < 5)
            {
            }
        }
    }

    private async Task<StoredDefinition> StoreNextVersionAsync(WorkflowDefinition definition, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var taken = await db.Definitions.Where(d => d.DefinitionId == definition.DefinitionId)
            .Select(d => d.Version).ToListAsync(ct);
        var version = definition.Version > 0 && !taken.Contains(definition.Version)
            ? definition.Version
            : taken.DefaultIfEmpty(0).Max() + 1;
        definition = definition with { Version = version };

        var canonical = ElsaJson.Write(definition);
        var stored = new StoredDefinition
        {
            DefinitionId = definition.DefinitionId,
            Version = version,
            Name = definition.Name ?? definition.DefinitionId,
            ProcedureCode = definition.Procedure?.Code,
            Json = canonical,
            ContentHash = Hash(canonical),
            CreatedAt = clock.GetUtcNow(),
        };
        db.Definitions.Add(stored);
        await db.SaveChangesAsync(ct);
        return stored;
    }

    /// <summary>All definitions: one line per definitionId with its latest and published versions.</summary>
    public async Task<IReadOnlyList<DefinitionSummary>> ListAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Definitions.AsNoTracking()
            .Select(d => new { d.DefinitionId, d.Version, d.Name, d.ProcedureCode, d.IsPublished })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.DefinitionId)
            .Select(g =>
            {
                var latest = g.MaxBy(r => r.Version)!;
                return new DefinitionSummary(g.Key, latest.Name, latest.ProcedureCode, latest.Version,
                    g.Where(r => r.IsPublished).Select(r => (int?)r.Version).Max(),
                    g.Select(r => r.Version).Order().ToArray());
            })
            .OrderBy(s => s.Name, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false))
            .ToList();
    }

    /// <summary>One version (the latest when <paramref name="version"/> is null), or null.</summary>
    public async Task<StoredDefinition?> FindAsync(string definitionId, int? version, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.Definitions.AsNoTracking().Where(d => d.DefinitionId == definitionId);
        return version is { } v
            ? await query.FirstOrDefaultAsync(d => d.Version == v, ct)
            : await query.OrderByDescending(d => d.Version).FirstOrDefaultAsync(ct);
    }

    /// <summary>The published version of a definition, or null when none is published.</summary>
    public async Task<StoredDefinition?> FindPublishedAsync(string definitionId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Definitions.AsNoTracking()
            .Where(d => d.DefinitionId == definitionId && d.IsPublished)
            .OrderByDescending(d => d.Version).FirstOrDefaultAsync(ct);
    }

    /// <summary>Elsa 3 JSON of a stored version with the store's own <c>isLatest</c>/<c>isPublished</c>.</summary>
    public async Task<string?> ExportAsync(string definitionId, int? version, CancellationToken ct)
    {
        var stored = await FindAsync(definitionId, version, ct);
        if (stored is null) return null;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var latest = await db.Definitions.Where(d => d.DefinitionId == definitionId).MaxAsync(d => d.Version, ct);
        var node = JsonNode.Parse(stored.Json)!.AsObject();
        node["isLatest"] = stored.Version == latest;
        node["isPublished"] = stored.IsPublished;
        return node.ToJsonString(ExportOptions);
    }

    /// <summary>
    /// Publishes a version with the decision that approved it; the previously published version
    /// stops being offered to new dossiers (running dossiers keep theirs).
    /// </summary>
    public async Task<PublishOutcome> PublishAsync(string definitionId, int version, Approval approval, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var versions = await db.Definitions.Where(d => d.DefinitionId == definitionId).ToListAsync(ct);
        var target = versions.FirstOrDefault(d => d.Version == version);
        if (target is null) return PublishOutcome.NotFound;
        var blocking = checker.PublishBlockers(target.Json);
        if (blocking.Count > 0) return PublishOutcome.Invalid(blocking);

        foreach (var other in versions.Where(d => d.IsPublished)) other.IsPublished = false;
        target.IsPublished = true;
        target.PublishedAt = clock.GetUtcNow();
        target.ApprovalDecision = approval.DecisionNumber;
        target.ApprovalDate = approval.DecisionDate;
        target.ApprovedBy = approval.ApprovedBy;
        await db.SaveChangesAsync(ct);
        procedures.Forget(definitionId);
        return PublishOutcome.Published(target);
    }

    /// <summary>
    /// Hash of a definition's content, leaving out what the store itself assigns (version id,
    /// version number, latest/published flags), so an unchanged file is recognised at any version.
    /// </summary>
    internal static string Hash(string canonical)
    {
        var node = JsonNode.Parse(canonical)!.AsObject();
        foreach (var storeOwned in new[] { "id", "version", "isLatest", "isPublished" }) node.Remove(storeOwned);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(node.ToJsonString())));
    }
}
