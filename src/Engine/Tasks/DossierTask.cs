using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TthcFlow.Definitions.Activities;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;

namespace TthcFlow.Engine.Tasks;

/// <summary>Where an officer task stands.</summary>
public enum OfficerTaskStatus : byte
{
    /// <summary>In the unit's inbox (or the assigned officer's), not yet taken.</summary>
    Open = 1,

    /// <summary>Taken by an officer (nhận xử lý).</summary>
    Claimed = 2,

    /// <summary>Done with an outcome.</summary>
    Completed = 3,

    /// <summary>Withdrawn by the procedure (another branch won, the dossier stopped).</summary>
    Cancelled = 4,
}

/// <summary>
/// Công việc / bước xử lý — one step of a dossier handed to a unit: a human task (receipt,
/// appraisal, signature, return, …) or a transfer to another agency (liên thông). One row per
/// hand-over, with its planned times (opened, warning, due) and actual times (received, completed),
/// the giver and the receiver, the outcome and the comment — so the tracking sheet (phiếu kiểm soát
/// quá trình giải quyết hồ sơ) and the logbook (sổ theo dõi) are queries over these rows.
/// </summary>
public sealed record DossierTask
{
    public long Id { get; init; }
    public long DossierId { get; init; }

    /// <summary>The runtime bookmark this task resumes.</summary>
    public int BookmarkId { get; init; }
    public required string ActivityId { get; init; }

    /// <summary>The activity type, e.g. <c>TthcFlow.OfficerStep</c>, <c>TthcFlow.Transfer</c>.</summary>
    public required string StepType { get; init; }
    public string? Title { get; init; }

    /// <summary>For officer steps: Assign, Appraise, Check, Approve, Sign, Issue, Consult, Other.</summary>
    public string? Action { get; init; }

    // Where it landed: agency e-ID + unit code + role, optionally one officer.
    public required string AgencyEId { get; init; }
    public required string UnitCode { get; init; }
    public required string Role { get; init; }

    /// <summary>The officer it was assigned to (phân công), if any; only they may take it.</summary>
    public string? AssignedTo { get; init; }

    public OfficerTaskStatus Status { get; init; } = OfficerTaskStatus.Open;

    /// <summary>The ports the officer may complete it with.</summary>
    public required string[] Outcomes { get; init; }

    // Planned times.
    public double AllotmentHours { get; init; }

    /// <summary>When the task was handed over (thời điểm giao).</summary>
    public DateTimeOffset OpenedAt { get; init; }

    /// <summary>When this step first ran for the dossier; a repeated step's lateness counts from it.</summary>
    public DateTimeOffset FirstOpenedAt { get; init; }

    /// <summary>Sắp đến hạn from this instant.</summary>
    public DateTimeOffset? WarningAt { get; init; }

    /// <summary>Hạn xử lý of the step; null for steps with no allotment ("office hours").</summary>
    public DateTimeOffset? DueAt { get; init; }

    /// <summary>Quá hạn from this instant (the due instant plus the configured working-time grace): the leader is told.</summary>
    public DateTimeOffset? OverdueAt { get; init; }

    /// <summary>The step's escalations as declared (<c>NearDue=Assignee</c>, <c>Due=HeadOfUnit</c>, <c>Overdue=Leader</c>).</summary>
    public string[] Escalations { get; init; } = [];

    /// <summary>The last escalation point that fired for this step; null before the first.</summary>
    public EscalationPoint? Escalated { get; init; }

    /// <summary>False for time the law does not count (a tax authority's share in a land procedure).</summary>
    public bool CountsTowardLimit { get; init; } = true;

    // Hand-over: giver (người giao) and receiver (người nhận).
    public string? GivenBy { get; init; }
    public string? GivenByName { get; init; }
    public string? ReceivedBy { get; init; }
    public string? ReceivedByName { get; init; }

    /// <summary>When the receiver took it (thời điểm nhận).</summary>
    public DateTimeOffset? ReceivedAt { get; init; }

    // Actual end.
    public DateTimeOffset? CompletedAt { get; init; }
    public string? Outcome { get; init; }
    public string? Comment { get; init; }

    /// <summary>
    /// For a step of a receiving unit's internal procedure (quy trình nội bộ liên thông): the transfer
    /// task whose child process it belongs to; null for the dossier's own procedure.
    /// </summary>
    public long? ParentTaskId { get; init; }

    /// <summary>On a transfer that runs an internal procedure: the definition id and version of that child process.</summary>
    public string? ChildDefinitionId { get; init; }
    public int? ChildVersion { get; init; }

    /// <summary>On a transfer that runs an internal procedure: the child instance's state (the runtime's compact format).</summary>
    public byte[]? ChildInstance { get; init; }

    public bool IsActive => Status is OfficerTaskStatus.Open or OfficerTaskStatus.Claimed;
}

internal sealed class DossierTaskConfiguration : IEntityTypeConfiguration<DossierTask>
{
    public void Configure(EntityTypeBuilder<DossierTask> b)
    {
        b.ToTable("tasks");
        b.HasKey(t => t.Id);
        b.Property(t => t.Id).ValueGeneratedNever();
        b.Ignore(t => t.IsActive);
        b.Property(t => t.ActivityId).HasMaxLength(200);
        b.Property(t => t.StepType).HasMaxLength(100);
        b.Property(t => t.AgencyEId).HasMaxLength(32);
        b.Property(t => t.UnitCode).HasMaxLength(64);
        b.Property(t => t.Role).HasMaxLength(64);
        b.Property(t => t.AssignedTo).HasMaxLength(100);
        b.Property(t => t.GivenBy).HasMaxLength(100);
        b.Property(t => t.ReceivedBy).HasMaxLength(100);
        b.HasOne<Dossier>().WithMany().HasForeignKey(t => t.DossierId);
        WriteOnce.Columns(b, t => t.DossierId, t => t.BookmarkId, t => t.ActivityId, t => t.StepType, t => t.Title, t => t.Action,
            t => t.AgencyEId, t => t.UnitCode, t => t.Role, t => t.Outcomes, t => t.AllotmentHours, t => t.OpenedAt, t => t.FirstOpenedAt,
            t => t.CountsTowardLimit, t => t.Escalations, t => t.GivenBy, t => t.GivenByName,
            t => t.ParentTaskId, t => t.ChildDefinitionId, t => t.ChildVersion);
        b.Property(t => t.ChildDefinitionId).HasMaxLength(200);
        // The inbox: a unit's live tasks by due instant; an officer's own tasks.
        b.HasIndex(t => new { t.AgencyEId, t.UnitCode, t.Status, t.DueAt });
        b.HasIndex(t => new { t.ReceivedBy, t.Status });
        b.HasIndex(t => new { t.AssignedTo, t.Status });
        // The step lists (InboxQueries) of a unit: live steps only (a few per cent of the rows), with
        // every column the lists filter, count and order on, so their counters and page order are
        // read from this index alone. The filter is the same expression the queries carry, which
        // SQLite needs to use a partial index.
        b.HasIndex(t => new
            {
                t.AgencyEId, t.UnitCode, t.Role, t.Status, t.DueAt, t.WarningAt, t.StepType, t.ParentTaskId,
                t.AssignedTo, t.ReceivedBy, t.DossierId,
            })
            .HasFilter("\"Status\" IN (1, 2)").HasDatabaseName("IX_tasks_live_steps");
    }
}
