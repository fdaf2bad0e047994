using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TthcFlow.Definitions.Procedures;
using TthcFlow.Engine.Persistence;

namespace TthcFlow.Engine.Dossiers.Model;

/// <summary>
/// Hồ sơ thủ tục hành chính — one dossier as stored: its code, procedure, applicant, agencies,
/// the instants the law and the 766 index care about, the appointment slip (giấy tiếp nhận hồ sơ
/// và hẹn trả kết quả), the result and rating, and the procedure instance's state. Immutable: the
/// write pipeline replaces a dossier with a new value and persists the difference.
/// </summary>
public sealed record Dossier
{
    public long Id { get; init; }

    /// <summary>Mã hồ sơ, <c>&lt;agency e-ID&gt;-&lt;YYMMDD&gt;-&lt;sequence&gt;</c> (see <see cref="DossierCode"/>).</summary>
    public required string Code { get; init; }

    // The procedure (thủ tục) and the internal process version it runs on.
    public required string DefinitionId { get; init; }
    public int DefinitionVersion { get; init; }
    public string? ProcedureCode { get; init; }
    public string? ProcedureName { get; init; }

    /// <summary>Lĩnh vực, for inbox filters and reports.</summary>
    public string? Field { get; init; }

    public NationalStatus Status { get; init; }
    public DossierSubState SubState { get; init; }
    public SubmissionChannel Channel { get; init; }

    // Người nộp hồ sơ (applicant) and người được ủy quyền (proxy).
    public required string ApplicantName { get; init; }

    /// <summary>Số định danh cá nhân / mã số của tổ chức.</summary>
    public required string ApplicantIdNumber { get; init; }
    public string? ApplicantPhone { get; init; }
    public string? ApplicantEmail { get; init; }
    public string? ApplicantAddress { get; init; }
    public string? ProxyName { get; init; }
    public string? ProxyIdNumber { get; init; }
    public string? ProxyPhone { get; init; }

    /// <summary>Nội dung yêu cầu giải quyết.</summary>
    public string? RequestContent { get; init; }

    /// <summary>Nơi tiếp nhận: the agency whose desk received the dossier (e-ID).</summary>
    public required string ReceivingAgencyEId { get; init; }

    /// <summary>Cơ quan có thẩm quyền giải quyết (e-ID); another commune's for a location-independent dossier.</summary>
    public required string CompetentAgencyEId { get; init; }

    // Instants (thời điểm), stored as Unix milliseconds.
    public DateTimeOffset SubmittedAt { get; init; }

    /// <summary>Ngày tiếp nhận: when the complete dossier was accepted.</summary>
    public DateTimeOffset? ReceivedAt { get; init; }

    /// <summary>When the legal clock started (next office session after receipt).</summary>
    public DateTimeOffset? ClockStartAt { get; init; }

    /// <summary>Ngày hẹn trả kết quả as first appointed; statistics keep it after a re-appointment.</summary>
    public DateTimeOffset? AppointmentAt { get; init; }

    /// <summary>The due instant in force: the appointment, or the new date after an apology (hẹn lại).</summary>
    public DateTimeOffset? WorkingDueAt { get; init; }

    /// <summary>
    /// Hạn dự báo trễ hạn: one working day before <see cref="WorkingDueAt"/>, the latest instant at
    /// which a late dossier must be foreseen (and its apology opened); cleared once checked.
    /// </summary>
    public DateTimeOffset? ForeseeLateAt { get; init; }

    /// <summary>When the re-appointed date passed too and the case went to the superior (no second re-appointment).</summary>
    public DateTimeOffset? EscalatedToSuperiorAt { get; init; }

    /// <summary>Ngày có kết quả: processing finished (status 9).</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Ngày trả kết quả (status 10).</summary>
    public DateTimeOffset? ReturnedAt { get; init; }

    /// <summary>Refused at receipt (status 3), withdrawn (7) or stopped (8).</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>The reason given when refused, withdrawn or stopped.</summary>
    public string? EndReason { get; init; }

    // Appointment slip (giấy tiếp nhận và hẹn trả kết quả).
    /// <summary>The one-stop officer who received the dossier (user name and full name).</summary>
    public string? ReceivedBy { get; init; }
    public string? ReceivedByName { get; init; }

    /// <summary>Số bộ hồ sơ.</summary>
    public int SetsReceived { get; init; } = 1;
    public ResultDelivery ResultDelivery { get; init; } = ResultDelivery.AtDesk;

    /// <summary>Where the result is handed back (the receiving agency unless the citizen chose otherwise).</summary>
    public string? ReturnAgencyEId { get; init; }

    // Public postal service (bưu chính công ích), see PostalItem.
    /// <summary>Số hiệu bưu gửi of the dossier sent in by post (channel 3).</summary>
    public string? SubmissionPostalCode { get; init; }

    /// <summary>Số hiệu bưu gửi of the result sent back by post, given when the return step hands it to the post.</summary>
    public string? ReturnPostalCode { get; init; }

    /// <summary>When the result was handed to the postal service (also <see cref="ReturnedAt"/>).</summary>
    public DateTimeOffset? ReturnPostedAt { get; init; }

    /// <summary>When the postal service delivered the result to the citizen, as it confirmed.</summary>
    public DateTimeOffset? ReturnDeliveredAt { get; init; }

    // Fees, result, rating.
    /// <summary>Fees paid through the online payment platform (thanh toán trực tuyến).</summary>
    public bool PaidOnline { get; init; }
    public ResultForm ResultForm { get; init; }

    /// <summary>Mức độ hài lòng given at return (1 = not satisfied … 3 = very satisfied); null if none.</summary>
    public byte? SatisfactionRating { get; init; }

    /// <summary>How many times the citizen was asked to supplement; more than one counts as late (766).</summary>
    public int SupplementCount { get; init; }

    // Engine.
    /// <summary>The procedure instance's state, serialised by the runtime.</summary>
    public required byte[] Instance { get; init; }

    /// <summary>Incremented by every change; the write path's optimistic concurrency token.</summary>
    public int Version { get; init; }

    /// <summary>The hash of the dossier's latest audit record (head of its audit chain).</summary>
    public byte[]? AuditHash { get; init; }
}

internal sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public void Configure(EntityTypeBuilder<Dossier> b)
    {
        b.ToTable("dossiers");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.Code).HasMaxLength(64);
        b.HasIndex(d => d.Code).IsUnique();
        b.Property(d => d.DefinitionId).HasMaxLength(200);
        b.Property(d => d.ProcedureCode).HasMaxLength(100);
        b.Property(d => d.ProcedureName).HasMaxLength(1000);
        b.Property(d => d.Field).HasMaxLength(200);
        b.Property(d => d.ApplicantName).HasMaxLength(300);
        b.Property(d => d.ApplicantIdNumber).HasMaxLength(50);
        b.Property(d => d.ReceivingAgencyEId).HasMaxLength(32);
        b.Property(d => d.CompetentAgencyEId).HasMaxLength(32);
        b.Property(d => d.ReturnAgencyEId).HasMaxLength(32);
        b.Property(d => d.SubmissionPostalCode).HasMaxLength(40);
        b.Property(d => d.ReturnPostalCode).HasMaxLength(40);
        b.Property(d => d.ReceivedBy).HasMaxLength(100);
        b.Property(d => d.Version).IsConcurrencyToken();
        WriteOnce.Columns(b, d => d.Code, d => d.DefinitionId, d => d.DefinitionVersion, d => d.ProcedureCode, d => d.ProcedureName,
            d => d.Field, d => d.Channel, d => d.ApplicantName, d => d.ApplicantIdNumber, d => d.ApplicantPhone, d => d.ApplicantEmail,
            d => d.ApplicantAddress, d => d.ProxyName, d => d.ProxyIdNumber, d => d.ProxyPhone, d => d.RequestContent,
            d => d.ReceivingAgencyEId, d => d.CompetentAgencyEId, d => d.SubmittedAt, d => d.SetsReceived);
        // Desk lists (awaiting online receipt, waiting for supplement, refused …) by receiving agency,
        // the competent body's lists, look-ups by applicant, and due-state lists.
        b.HasIndex(d => new { d.ReceivingAgencyEId, d.Status, d.SubmittedAt });
        // Desk lists read from the index alone: the returned list by hand-back instant, and every
        // desk list's count under a due filter (no table row per dossier).
        b.HasIndex(d => new { d.ReceivingAgencyEId, d.Status, d.ReturnedAt, d.WorkingDueAt });
        b.HasIndex(d => new { d.CompetentAgencyEId, d.Status, d.SubmittedAt });
        b.HasIndex(d => d.ApplicantIdNumber);
        b.HasIndex(d => new { d.Status, d.WorkingDueAt });
        // The step lists' status filters and counters read a live step's dossier status from this
        // small index instead of the wide dossier row (which at a million dossiers is rarely cached).
        b.HasIndex(d => new { d.Id, d.Status });
    }
}
