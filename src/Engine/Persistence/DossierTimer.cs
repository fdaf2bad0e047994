using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TthcFlow.Engine.Persistence;

/// <summary>What a durable timer is for.</summary>
public enum TimerPurpose : byte
{
    /// <summary>A runtime timer bookmark (Elsa.Delay, Elsa.Timer); <see cref="DossierTimer.Ref"/> is the bookmark id.</summary>
    Bookmark = 1,

    /// <summary>Sắp đến hạn: a step's near-due escalation; <see cref="DossierTimer.Ref"/> is the task id.</summary>
    StepNearDue = 2,

    /// <summary>Đến hạn: a step's due escalation; Ref is the task id.</summary>
    StepDue = 3,

    /// <summary>Quá hạn: a step's overdue escalation; Ref is the task id.</summary>
    StepOverdue = 4,

    /// <summary>One working day before the dossier's due instant: is it foreseen late (apology)? Ref is 0.</summary>
    ApologyForeseen = 5,

    /// <summary>The dossier's due instant (appointment, or the new date) passed unreturned; Ref is 0.</summary>
    AppointmentPassed = 6,
}

/// <summary>
/// Hẹn giờ — a durable timer of a dossier, indexed by due instant so the scheduler can refill its
/// in-memory window by due-time ranges. Written and removed by the write pipeline together with the
/// state that arms or disarms it; firing goes back through the same pipeline.
/// </summary>
public sealed record DossierTimer
{
    public long DossierId { get; init; }
    public TimerPurpose Purpose { get; init; }

    /// <summary>What the timer refers to within the dossier (per <see cref="Purpose"/>).</summary>
    public long Ref { get; init; }
    public DateTimeOffset DueAt { get; init; }

    /// <summary>
    /// The engine node firing the row now (several nodes on one PostgreSQL store); null while no
    /// node holds it. Set only by the scheduler's claim; the write path inserts rows unclaimed.
    /// </summary>
    public string? ClaimedBy { get; init; }

    /// <summary>Until when <see cref="ClaimedBy"/> holds the row; after it any node may claim it again.</summary>
    public DateTimeOffset? LeaseUntil { get; init; }
}

/// <summary>
/// A named counter advanced inside the write transaction: the daily dossier-code sequence of each
/// agency (<c>code:H56.14-250707</c>) and the id blocks of the write path (<c>ids</c>). The row lock
/// taken by the update is what keeps codes gap-free and unique across engine nodes.
/// </summary>
public sealed record SequenceRow
{
    public required string Name { get; init; }
    public long Value { get; init; }
}

internal sealed class DossierTimerConfiguration : IEntityTypeConfiguration<DossierTimer>
{
    public void Configure(EntityTypeBuilder<DossierTimer> b)
    {
        b.ToTable("timers");
        b.HasKey(t => new { t.DossierId, t.Purpose, t.Ref });
        b.HasIndex(t => t.DueAt);
        b.Property(t => t.ClaimedBy).HasMaxLength(64);
    }
}

internal sealed class SequenceRowConfiguration : IEntityTypeConfiguration<SequenceRow>
{
    public void Configure(EntityTypeBuilder<SequenceRow> b)
    {
        b.ToTable("sequences");
        b.HasKey(s => s.Name);
        b.Property(s => s.Name).HasMaxLength(100);
    }
}
