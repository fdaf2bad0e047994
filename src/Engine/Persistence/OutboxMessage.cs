using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TthcFlow.Engine.Dossiers.Model;

namespace TthcFlow.Engine.Persistence;

/// <summary>
/// Hộp thư đi — an event to send out of the process, written in the same transaction as the change
/// that caused it and dispatched later. Kinds: the status sync to the national public service portal
/// (payload per DOMAIN.md §1, sent by the portal dispatcher, see docs/portal-sync.md) and the
/// notifications one change raised for the applicant (paper at the desk, email/SMS). A status-sync message is <em>settled</em> once
/// <see cref="DispatchedAt"/> is set: the portal acknowledged it, or acknowledged a later version of
/// the same dossier that supersedes it (its full state); its payload is then dropped.
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

    /// <summary>
    /// UTF-8 JSON. Stored apart, in <see cref="OutboxPayload"/> rows, and deleted once the message is
    /// settled (the dossier row holds the state): set on a message being written or sent, null on
    /// one read from the outbox table.
    /// </summary>
    public byte[]? Payload { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the message was settled: acknowledged by the portal, or superseded by a later acknowledged version.</summary>
    public DateTimeOffset? DispatchedAt { get; init; }

    /// <summary>Delivery attempts made since it was created or last requeued.</summary>
    public int Attempts { get; init; }

    /// <summary>When the next attempt is planned, while a failed one is being retried.</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }

    /// <summary>What the last failed attempt got (status code and body, or the transport error).</summary>
    public string? LastError { get; init; }

    /// <summary>When it was moved to the dead-letter list (thư chết) after its last allowed attempt; null when live or requeued.</summary>
    public DateTimeOffset? DeadLetteredAt { get; init; }

    /// <summary>Until when a node holds it (claimed for sending); another node may take it over after.</summary>
    public DateTimeOffset? LeaseUntil { get; init; }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("outbox");
        b.HasKey(o => o.Id);
        b.Property(o => o.Id).ValueGeneratedNever();
        b.Property(o => o.Kind).HasMaxLength(64);
        b.Property(o => o.LastError).HasMaxLength(1000);
        b.Ignore(o => o.Payload);
        b.HasIndex(o => new { o.DossierId, o.Seq, o.Kind }).IsUnique();
        // The dispatcher's queue: live (unsettled, not dead-lettered) messages of a kind in id order.
        b.HasIndex(o => new { o.Kind, o.Id }).HasFilter("\"DispatchedAt\" IS NULL AND \"DeadLetteredAt\" IS NULL").HasDatabaseName("IX_outbox_pending");
    }
}

/// <summary>
/// The body of an outbox message while it may still be sent, in a table of its own: deleting the
/// row when the message is settled frees whole pages that later rows reuse (a payload nulled inside
/// the message's own row would leave a hole in a page no new row ever fills).
/// </summary>
public sealed record OutboxPayload
{
    public long OutboxId { get; init; }

    /// <summary>UTF-8 JSON, as sent.</summary>
    public required byte[] Payload { get; init; }
}

internal sealed class OutboxPayloadConfiguration : IEntityTypeConfiguration<OutboxPayload>
{
    public void Configure(EntityTypeBuilder<OutboxPayload> b)
    {
        b.ToTable("outbox_payloads");
        b.HasKey(p => p.OutboxId);
        b.Property(p => p.OutboxId).ValueGeneratedNever();
        b.HasOne<OutboxMessage>().WithOne().HasForeignKey<OutboxPayload>(p => p.OutboxId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>Reads outbox messages with the payloads still kept (for tools and checks; the dispatcher reads payloads by id as it claims).</summary>
public static class OutboxReads
{
    /// <summary>The messages of <paramref name="messages"/>, each with its payload while it is kept.</summary>
    public static async Task<List<OutboxMessage>> WithPayloadsAsync(this IQueryable<OutboxMessage> messages, DbContext db, CancellationToken ct = default)
    {
        var list = await messages.ToListAsync(ct);
        var ids = list.Select(m => m.Id).ToList();
        var payloads = await db.Set<OutboxPayload>().AsNoTracking().Where(p => ids.Contains(p.OutboxId)).ToDictionaryAsync(p => p.OutboxId, p => p.Payload, ct);
        return [.. list.Select(m => payloads.TryGetValue(m.Id, out var payload) ? m with { Payload = payload } : m)];
    }
}
