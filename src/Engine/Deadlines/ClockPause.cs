using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;

namespace TthcFlow.Engine.Deadlines;

/// <summary>Why a dossier's clock stopped.</summary>
public enum PauseKind : byte
{
    /// <summary>Tạm dừng chờ công dân bổ sung hồ sơ (status 5).</summary>
    Supplement = 1,

    /// <summary>Chờ thực hiện nghĩa vụ tài chính (status 6): the tax authority's time and the payment are not counted.</summary>
    FinancialObligation = 2,

    /// <summary>Tạm dừng để xác minh, lấy ý kiến (suspension for verification), reported separately.</summary>
    Suspension = 3,
}

/// <summary>
/// Thời gian tạm dừng — one interval during which the law does not count a dossier's time: a
/// supplement, the financial obligation (the two-appointment model: <see cref="DueAfter"/> of such
/// a pause is the second appointment, hẹn lần 2), or a suspension for verification. While a pause
/// is open the dossier's and its steps' deadline timers are disarmed; when it ends, the due
/// instants move by the working time that was left at the pause.
/// </summary>
public sealed record ClockPause
{
    public long Id { get; init; }
    public long DossierId { get; init; }
    public PauseKind Kind { get; init; }

    /// <summary>The step during which the clock stopped (the task that asked, or the uncounted step).</summary>
    public long? TaskId { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public string? StartedBy { get; init; }
    public string? Reason { get; init; }

    /// <summary>The dossier's due instant when the clock stopped.</summary>
    public DateTimeOffset? DueBefore { get; init; }

    /// <summary>When the clock ran again; null while paused.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>The recomputed due instant (the new appointment) when the clock ran again.</summary>
    public DateTimeOffset? DueAfter { get; init; }

    public bool IsOpen => EndedAt is null;
}

internal sealed class ClockPauseConfiguration : IEntityTypeConfiguration<ClockPause>
{
    public void Configure(EntityTypeBuilder<ClockPause> b)
    {
        b.ToTable("clock_pauses");
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Ignore(p => p.IsOpen);
        b.Property(p => p.StartedBy).HasMaxLength(100);
        b.HasOne<Dossier>().WithMany().HasForeignKey(p => p.DossierId);
        WriteOnce.Columns(b, p => p.DossierId, p => p.Kind, p => p.TaskId, p => p.StartedAt, p => p.StartedBy, p => p.Reason, p => p.DueBefore);
        b.HasIndex(p => p.DossierId);
    }
}
