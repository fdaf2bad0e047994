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

/// <summary>
/// Hộp thư đi — an event to send out of the process, written in the same transaction as the change
/// that caused it and dispatched later (exactly once per <see cref="IdempotencyKey"/>). Today one
/// kind: the status sync to the national public service portal, its payload per DOMAIN.md §1.
/// </summary>
public sealed record OutboxMessage
{
    /// <summary>The kind of the national-portal status sync.</summary>
    public const string StatusSync = "StatusSync";

    public long Id { get; init; }
    public long DossierId { get; init; }

    /// <summary>The dossier's version this message reports.</summary>
    public int Seq { get; init; }
    public required string Kind { get; init; }

    /// <summary>UTF-8 JSON.</summary>
    public required byte[] Payload { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? DispatchedAt { get; init; }
    public int Attempts { get; init; }

    /// <summary>Stable across retries: the dossier and the version reported.</summary>
    public string IdempotencyKey => $"{DossierId}:{Seq}";
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

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("outbox");
        b.HasKey(o => o.Id);
        b.Property(o => o.Id).ValueGeneratedNever();
        b.Ignore(o => o.IdempotencyKey);
        b.Property(o => o.Kind).HasMaxLength(64);
        b.HasIndex(o => new { o.DossierId, o.Seq, o.Kind }).IsUnique();
        // The dispatcher's queue: undelivered messages in id order.
        b.HasIndex(o => o.Id).HasFilter("\"DispatchedAt\" IS NULL").HasDatabaseName("IX_outbox_pending");
    }
}
