using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TthcFlow.Engine.Dossiers.Model;

namespace TthcFlow.Engine.Persistence;

/// <summary>
/// Nhật ký — one audit record per state change of a dossier, written in the same transaction as
/// the change. <see cref="Seq"/> is the dossier's version after the change; each record's
/// <see cref="Hash"/> covers its content and <see cref="PrevHash"/>, chaining the dossier's records
/// (see <see cref="AuditChain"/>), and the dossier row holds the head of the chain.
/// </summary>
public sealed record AuditRecord
{
    public long Id { get; init; }
    public long DossierId { get; init; }
    public int Seq { get; init; }
    public DateTimeOffset At { get; init; }

    /// <summary>The officer's user name; null for the citizen, the portal or the engine itself.</summary>
    public string? Actor { get; init; }

    /// <summary>What happened, e.g. <c>Submitted</c>, <c>TaskCompleted</c>.</summary>
    public required string Action { get; init; }
    public long? TaskId { get; init; }
    public NationalStatus Status { get; init; }
    public string? Detail { get; init; }
    public byte[]? PrevHash { get; init; }
    public required byte[] Hash { get; init; }
}

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> b)
    {
        b.ToTable("audit");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.Action).HasMaxLength(64);
        b.Property(a => a.Actor).HasMaxLength(100);
        b.HasIndex(a => new { a.DossierId, a.Seq }).IsUnique();
    }
}
