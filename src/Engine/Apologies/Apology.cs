using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;

namespace TthcFlow.Engine.Apologies;

/// <summary>What made the engine open an apology.</summary>
public enum ApologyTrigger : byte
{
    /// <summary>Dự báo trễ hạn: foreseen late, at the latest one working day before the appointment.</summary>
    Foreseen = 1,

    /// <summary>Quá hạn: the appointment passed and the result was not returned.</summary>
    Overdue = 2,
}

/// <summary>Where an apology stands.</summary>
public enum ApologyStatus : byte
{
    /// <summary>Owed: in the causing unit's inbox, waiting for its head's signature (dự thảo xin lỗi chờ duyệt).</summary>
    Owed = 1,

    /// <summary>Issued and signed: relayed by the desk, published, the new date in force.</summary>
    Issued = 2,
}

/// <summary>
/// Văn bản xin lỗi và hẹn lại ngày trả kết quả (DOMAIN.md §3) — the apology a dossier owes when it
/// is foreseen late or passes its appointment unreturned. Owed by the unit that caused the delay
/// (the unit holding the late step; in a liên thông chain the late agency, not the desk), signed by
/// that agency's head (thủ trưởng), with the legal form's fields: number, reason, the original
/// appointment, the new return date, and the explanation report (báo cáo giải trình) to the head of
/// the agency. While an apology is owed the dossier can be neither returned nor stopped.
/// </summary>
public sealed record Apology
{
    public long Id { get; init; }
    public long DossierId { get; init; }
    public ApologyTrigger Trigger { get; init; }
    public ApologyStatus Status { get; init; } = ApologyStatus.Owed;
    public DateTimeOffset OwedAt { get; init; }

    /// <summary>The late step (its task id), if one was live.</summary>
    public long? LateTaskId { get; init; }

    /// <summary>The unit that caused the delay: agency e-ID and unit code.</summary>
    public required string AgencyEId { get; init; }
    public required string UnitCode { get; init; }

    /// <summary>The post that signs: the head of the causing agency (thủ trưởng cơ quan).</summary>
    public required string SignerAgencyEId { get; init; }
    public required string SignerUnitCode { get; init; }
    public required string SignerRole { get; init; }

    /// <summary>Ngày hẹn trả kết quả that was not (or will not be) met.</summary>
    public DateTimeOffset? OriginalAppointmentAt { get; init; }

    // Filled when issued.
    /// <summary>Số văn bản, e.g. <c>12/PXL</c>.</summary>
    public string? Number { get; init; }
    public string? Reason { get; init; }

    /// <summary>Ngày hẹn trả kết quả mới; null when the law allows no further re-appointment.</summary>
    public DateTimeOffset? NewReturnAt { get; init; }

    /// <summary>Báo cáo giải trình gửi thủ trưởng cơ quan.</summary>
    public string? Explanation { get; init; }
    public DateTimeOffset? IssuedAt { get; init; }
    public string? IssuedBy { get; init; }
    public string? IssuedByName { get; init; }
}

internal sealed class ApologyConfiguration : IEntityTypeConfiguration<Apology>
{
    public void Configure(EntityTypeBuilder<Apology> b)
    {
        b.ToTable("apologies");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.AgencyEId).HasMaxLength(32);
        b.Property(a => a.UnitCode).HasMaxLength(64);
        b.Property(a => a.SignerAgencyEId).HasMaxLength(32);
        b.Property(a => a.SignerUnitCode).HasMaxLength(64);
        b.Property(a => a.SignerRole).HasMaxLength(64);
        b.Property(a => a.Number).HasMaxLength(64);
        b.Property(a => a.IssuedBy).HasMaxLength(100);
        b.HasOne<Dossier>().WithMany().HasForeignKey(a => a.DossierId);
        WriteOnce.Columns(b, a => a.DossierId, a => a.Trigger, a => a.OwedAt, a => a.LateTaskId, a => a.AgencyEId, a => a.UnitCode,
            a => a.SignerAgencyEId, a => a.SignerUnitCode, a => a.SignerRole, a => a.OriginalAppointmentAt);
        // The signer's queue of owed apologies; the public list of issued ones by agency and date.
        b.HasIndex(a => new { a.SignerAgencyEId, a.Status, a.OwedAt });
        b.HasIndex(a => new { a.Status, a.AgencyEId, a.IssuedAt });
        b.HasIndex(a => a.DossierId);
    }
}
