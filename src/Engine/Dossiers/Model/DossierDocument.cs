using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TthcFlow.Engine.Dossiers.Model;

/// <summary>Whether a document came with the dossier or is part of its result.</summary>
public enum DocumentKind : byte
{
    /// <summary>Thành phần hồ sơ: a document the applicant submitted.</summary>
    Submitted = 1,

    /// <summary>Kết quả giải quyết: a result document.</summary>
    Result = 2,
}

/// <summary>
/// Thành phần hồ sơ / giấy tờ kết quả — a document of a dossier, as metadata only: its name,
/// whether it was digitised (số hóa) and whether it was reused from an earlier dossier or a
/// national database instead of being submitted again (tái sử dụng) — both count in the 766 index.
/// </summary>
public sealed record DossierDocument
{
    public long Id { get; init; }
    public long DossierId { get; init; }
    public DocumentKind Kind { get; init; } = DocumentKind.Submitted;
    public required string Name { get; init; }
    public bool Digitised { get; init; }
    public bool Reused { get; init; }

    /// <summary>The dossier code (or data source) it was reused from.</summary>
    public string? ReusedFrom { get; init; }
}

/// <summary>Phí, lệ phí — a fee charged on a dossier, in đồng.</summary>
public sealed record DossierFee
{
    public long Id { get; init; }
    public long DossierId { get; init; }
    public required string Name { get; init; }
    public long AmountVnd { get; init; }
}

internal sealed class DossierDocumentConfiguration : IEntityTypeConfiguration<DossierDocument>
{
    public void Configure(EntityTypeBuilder<DossierDocument> b)
    {
        b.ToTable("dossier_documents");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.Name).HasMaxLength(1000);
        b.Property(d => d.ReusedFrom).HasMaxLength(200);
        b.HasOne<Dossier>().WithMany().HasForeignKey(d => d.DossierId);
    }
}

internal sealed class DossierFeeConfiguration : IEntityTypeConfiguration<DossierFee>
{
    public void Configure(EntityTypeBuilder<DossierFee> b)
    {
        b.ToTable("dossier_fees");
        b.HasKey(f => f.Id);
        b.Property(f => f.Id).ValueGeneratedNever();
        b.Property(f => f.Name).HasMaxLength(500);
        b.HasOne<Dossier>().WithMany().HasForeignKey(f => f.DossierId);
    }
}
