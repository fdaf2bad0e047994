namespace TthcFlow.Engine.Reports;

/// <summary>
/// Số liệu giải quyết hồ sơ của kỳ — the figures of one period and scope that the plans set targets
/// for (DOMAIN.md §6): received, resolved, on time or late, pending at the end of the period, the
/// apologies owed by late dossiers, the online, digitised, reused, online-paid and
/// location-independent shares, the status sync to the national portal, and the 766 index.
/// </summary>
public sealed record ServiceQuality
{
    public required DateTimeOffset From { get; init; }
    public required DateTimeOffset To { get; init; }
    public required string ScopeName { get; init; }

    /// <summary>Tiếp nhận: dossiers whose complete receipt (ReceivedAt) falls in the period.</summary>
    public int Received { get; init; }

    /// <summary>Đã giải quyết: dossiers whose end (processed, returned, stopped or withdrawn) falls in the period.</summary>
    public int Resolved { get; init; }
    public int ResolvedOnTime { get; init; }
    public int ResolvedLate { get; init; }

    /// <summary>Đang giải quyết: received before the end of the period and not ended by then.</summary>
    public int Pending { get; init; }
    public int PendingOnTime { get; init; }
    public int PendingOverdue { get; init; }

    /// <summary>Tỷ lệ đúng hạn (766): (resolved on time + pending within the deadline) ÷ (resolved + pending); null with no dossier.</summary>
    public double? OnTimeRate { get; init; }

    /// <summary>Hồ sơ trễ hạn: resolved late plus pending overdue.</summary>
    public int Late => ResolvedLate + PendingOverdue;
    public int LateWithApology { get; init; }
    public int LateWithoutApology => Late - LateWithApology;

    /// <summary>Báo cáo giải trình: issued apologies of late dossiers that carry an explanation to the head of the agency.</summary>
    public int ExplanationReports { get; init; }

    public int Online { get; init; }
    public int Digitised { get; init; }
    public int Reused { get; init; }

    /// <summary>Received dossiers that carry a fee.</summary>
    public int WithFees { get; init; }
    public int PaidOnline { get; init; }

    /// <summary>Dossiers received by the scope's desks in the period.</summary>
    public int ReceivedAtDesks { get; init; }

    /// <summary>Of those, received for another competent body (không phụ thuộc địa giới hành chính).</summary>
    public int LocationIndependent { get; init; }

    /// <summary>Public administrative procedures published now (offered through a channel; petitions excluded).</summary>
    public int ProceduresOffered { get; init; }

    /// <summary>Of those, flagged receivable regardless of administrative boundaries.</summary>
    public int LocationIndependentProcedures { get; init; }

    /// <summary>Petitions (phản ánh, kiến nghị) of the period, measured apart from dossiers.</summary>
    public PetitionFigures Petitions { get; init; } = new();

    /// <summary>Resolved with an electronic result (kết quả điện tử).</summary>
    public int ElectronicResults { get; init; }

    /// <summary>Resolved dossiers rated by the citizen, and rated "not satisfied" (rating 1).</summary>
    public int Rated { get; init; }
    public int Complaints { get; init; }

    /// <summary>Status-sync messages to the national portal for the scope's dossiers created in the period.</summary>
    public int SyncMessages { get; init; }

    /// <summary>Settled: the portal acknowledged them or a later version of their dossier (<see cref="Portal.PortalSyncRule"/>).</summary>
    public int SyncSent { get; init; }

    /// <summary>Not yet settled, in backoff after at least one failed attempt.</summary>
    public int SyncRetrying { get; init; }

    /// <summary>On the dead-letter list, waiting for an administrator to requeue them.</summary>
    public int SyncDeadLettered { get; init; }

    /// <summary>Not yet settled (queued, retrying or dead-lettered).</summary>
    public int SyncPending => SyncMessages - SyncSent;

    /// <summary>Dossiers of the period (received or resolved in it) whose every status change reached the portal.</summary>
    public int SyncedDossiers { get; init; }
    public int DossiersInPeriod { get; init; }

    public double? OnlineShare => Share(Online, Received);
    public double? DigitisedShare => Share(Digitised, Received);
    public double? ReusedShare => Share(Reused, Received);
    public double? OnlinePaidShare => Share(PaidOnline, WithFees);
    public double? LocationIndependentShare => Share(LocationIndependent, ReceivedAtDesks);
    public double? LocationIndependentProcedureShare => Share(LocationIndependentProcedures, ProceduresOffered);
    public double? ElectronicResultShare => Share(ElectronicResults, Resolved);
    public double? SyncRate => Share(SyncedDossiers, DossiersInPeriod);

    /// <summary>Sự hài lòng (766): (handled − complaints − overdue) ÷ handled, handled = resolved in the period.</summary>
    public double? DossierSatisfaction => Satisfaction(Resolved, Complaints, ResolvedLate);

    /// <summary>(handled − complaints − late) ÷ handled; null when nothing was handled.</summary>
    public static double? Satisfaction(int handled, int complaints, int late) =>
        handled == 0 ? null : Math.Max(0, handled - complaints - late) / (double)handled;

    /// <summary>Bộ chỉ số 766 as far as the system's own data can compute it.</summary>
    public Index766 Index { get; init; } = new([]);

    public static double? Share(int part, int whole) => whole == 0 ? null : part / (double)whole;
}

/// <summary>
/// Phản ánh, kiến nghị (PAKN) của kỳ — petitions on administrative regulations (Decree 20/2008),
/// with the same period rules as dossiers: received in the period, resolved in it (on time ⇔ answered
/// by the appointment), pending at its end, rated "not satisfied". Feeds the 766 satisfaction group.
/// </summary>
public sealed record PetitionFigures
{
    public int Received { get; init; }
    public int Resolved { get; init; }
    public int ResolvedOnTime { get; init; }
    public int Pending { get; init; }
    public int PendingOnTime { get; init; }
    public int Rated { get; init; }
    public int Complaints { get; init; }

    /// <summary>Xử lý PAKN đúng hạn: (resolved on time + pending within the deadline) ÷ (resolved + pending).</summary>
    public double? OnTimeRate => ServiceQuality.Share(ResolvedOnTime + PendingOnTime, Resolved + Pending);

    /// <summary>Hài lòng về xử lý PAKN: (handled − complaints − late) ÷ handled.</summary>
    public double? Satisfaction => ServiceQuality.Satisfaction(Resolved, Complaints, Resolved - ResolvedOnTime);
}
