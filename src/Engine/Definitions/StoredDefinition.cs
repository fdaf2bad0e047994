using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TthcFlow.Engine.Definitions;

/// <summary>
/// One version of a procedure's internal process (quy trình nội bộ) as stored: the canonical
/// Elsa 3 JSON plus the columns that lists and look-ups need. Publishing records the approving
/// decision (quyết định phê duyệt quy trình nội bộ).
/// </summary>
public sealed class StoredDefinition
{
    public long Id { get; set; }
    public required string DefinitionId { get; set; }
    public int Version { get; set; }
    public required string Name { get; set; }
    public string? ProcedureCode { get; set; }
    /// <summary>Canonical Elsa 3.6 JSON, as <c>ElsaJson.Write</c> produced it.</summary>
    public required string Json { get; set; }
    /// <summary>SHA-256 of <see cref="Json"/>, hex; lets seeding recognise an unchanged file.</summary>
    public required string ContentHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public bool IsPublished { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public string? ApprovalDecision { get; set; }
    public DateOnly? ApprovalDate { get; set; }
    public string? ApprovedBy { get; set; }
}

internal sealed class StoredDefinitionConfiguration : IEntityTypeConfiguration<StoredDefinition>
{
    public void Configure(EntityTypeBuilder<StoredDefinition> b)
    {
        b.ToTable("definitions");
        b.HasKey(d => d.Id);
        b.HasIndex(d => new { d.DefinitionId, d.Version }).IsUnique();
        b.Property(d => d.DefinitionId).HasMaxLength(200);
        b.Property(d => d.Name).HasMaxLength(500);
        b.Property(d => d.ProcedureCode).HasMaxLength(100);
        b.Property(d => d.ContentHash).HasMaxLength(64);
        b.Property(d => d.ApprovalDecision).HasMaxLength(200);
        b.Property(d => d.ApprovedBy).HasMaxLength(200);
    }
}
