using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;

namespace TthcFlow.Engine.Notifications;

/// <summary>What a notification is about.</summary>
public enum NotificationKind : byte
{
    /// <summary>Sắp đến hạn: a step nears its due instant (to its assignee by default).</summary>
    StepNearDue = 1,

    /// <summary>Đến hạn: a step reached its due instant unfinished (to the head of its unit by default).</summary>
    StepDue = 2,

    /// <summary>Quá hạn: a step is overdue (to the agency's leader by default).</summary>
    StepOverdue = 3,

    /// <summary>An apology is owed (văn bản xin lỗi): to the head who must sign it.</summary>
    ApologyOwed = 4,

    /// <summary>The apology was issued: to the one-stop desk, which relays it.</summary>
    ApologyIssued = 5,

    /// <summary>The apology letter and the new return date, to the citizen (paper at the desk, email/SMS online).</summary>
    ApologyToCitizen = 6,

    /// <summary>The re-appointed date passed too: escalated to the superior (no second re-appointment).</summary>
    SecondOverrun = 7,

    /// <summary>A second supplement request waits for the leader's approval (counts late in 766).</summary>
    SupplementApprovalNeeded = 8,
}

/// <summary>Who receives a notification.</summary>
public enum RecipientKind : byte
{
    /// <summary>One officer by user name.</summary>
    Officer = 1,

    /// <summary>Whoever holds a role in a unit of an agency.</summary>
    Post = 2,

    /// <summary>The applicant (người nộp hồ sơ), through the outbox.</summary>
    Citizen = 3,
}

/// <summary>
/// Thông báo, nhắc việc — one notification: an escalation of a late step, an owed or issued
/// apology, a second overrun. Stored for inboxes (read or not) and sent out through the outbox
/// in the same transaction as the change that raised it.
/// </summary>
public sealed record Notification
{
    public long Id { get; init; }
    public long DossierId { get; init; }

    /// <summary>The step it is about, if any.</summary>
    public long? TaskId { get; init; }
    public NotificationKind Kind { get; init; }
    public RecipientKind Recipient { get; init; }

    /// <summary>The officer's user name (<see cref="RecipientKind.Officer"/>).</summary>
    public string? RecipientUser { get; init; }

    /// <summary>The agency (e-ID), unit and role of a post; the agency is also set for an officer.</summary>
    public string? AgencyEId { get; init; }
    public string? UnitCode { get; init; }
    public string? Role { get; init; }

    /// <summary>The message, in Vietnamese.</summary>
    public required string Text { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ReadAt { get; init; }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("notifications");
        b.HasKey(n => n.Id);
        b.Property(n => n.Id).ValueGeneratedNever();
        b.Property(n => n.RecipientUser).HasMaxLength(100);
        b.Property(n => n.AgencyEId).HasMaxLength(32);
        b.Property(n => n.UnitCode).HasMaxLength(64);
        b.Property(n => n.Role).HasMaxLength(64);
        b.HasOne<Dossier>().WithMany().HasForeignKey(n => n.DossierId);
        WriteOnce.Columns(b, n => n.DossierId, n => n.TaskId, n => n.Kind, n => n.Recipient, n => n.RecipientUser, n => n.AgencyEId,
            n => n.UnitCode, n => n.Role, n => n.Text, n => n.CreatedAt);
        // Inboxes: an officer's own notifications, a post's, newest first.
        b.HasIndex(n => new { n.RecipientUser, n.CreatedAt });
        b.HasIndex(n => new { n.AgencyEId, n.UnitCode, n.Role, n.CreatedAt });
        b.HasIndex(n => n.DossierId);
    }
}
