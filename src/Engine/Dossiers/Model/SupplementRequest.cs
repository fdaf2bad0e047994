using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TthcFlow.Engine.Persistence;

namespace TthcFlow.Engine.Dossiers.Model;

/// <summary>
/// Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ — one request to the citizen to supplement the dossier:
/// at receipt or during processing, the missing items and the reason, when it was answered, and the
/// appointment before and after (reported to the national portal). More than one request during
/// processing makes the dossier count as late in the 766 index.
/// </summary>
public sealed record SupplementRequest
{
    public long Id { get; init; }
    public long DossierId { get; init; }
    public DateTimeOffset RequestedAt { get; init; }
    public required string RequestedBy { get; init; }

    /// <summary>Asked by the one-stop desk before the dossier was received.</summary>
    public bool AtReceipt { get; init; }

    /// <summary>The missing or incorrect items, one per line.</summary>
    public required string Items { get; init; }
    public string? Reason { get; init; }

    /// <summary>When the citizen supplied them; null while the dossier waits.</summary>
    public DateTimeOffset? SuppliedAt { get; init; }
    public DateTimeOffset? PreviousAppointmentAt { get; init; }

    /// <summary>A second (or later) request during processing: it goes out only once a leader approves it.</summary>
    public bool NeedsApproval { get; init; }
    public string? ApprovedBy { get; init; }
    public DateTimeOffset? ApprovedAt { get; init; }

    /// <summary>The leader refused to send it; the dossier goes on without it.</summary>
    public DateTimeOffset? DeclinedAt { get; init; }

    /// <summary>Whether the request is (or was) sent to the citizen.</summary>
    public bool IsSent => !NeedsApproval || ApprovedAt is not null;
    public DateTimeOffset? NewAppointmentAt { get; init; }
}

internal sealed class SupplementRequestConfiguration : IEntityTypeConfiguration<SupplementRequest>
{
    public void Configure(EntityTypeBuilder<SupplementRequest> b)
    {
        b.ToTable("supplement_requests");
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.RequestedBy).HasMaxLength(100);
        b.Property(s => s.ApprovedBy).HasMaxLength(100);
        b.Ignore(s => s.IsSent);
        b.HasOne<Dossier>().WithMany().HasForeignKey(s => s.DossierId);
        WriteOnce.Columns(b, s => s.DossierId, s => s.RequestedAt, s => s.RequestedBy, s => s.AtReceipt, s => s.Items, s => s.Reason,
            s => s.PreviousAppointmentAt, s => s.NeedsApproval);
    }
}
