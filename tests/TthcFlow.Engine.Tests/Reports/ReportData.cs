using TthcFlow.Definitions.Organisation;
using TthcFlow.Definitions.Procedures;
using TthcFlow.Definitions.Elsa;
using TthcFlow.Engine.Apologies;
using TthcFlow.Engine.Definitions;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tasks;
using TthcFlow.Engine.Tests.Hosting;

namespace TthcFlow.Engine.Tests.Reports;

/// <summary>
/// A month of rows whose every report figure is known by hand (March 2026 in Vietnam). Hòa Phú's
/// centre receives, its People's Committee decides; one dossier is received for another commune
/// (location-independent); one late step belongs to that other commune. The expected figures are
/// written next to each dossier and asserted in <see cref="ReportFigureTests"/>.
/// </summary>
public static class ReportData
{
    public const string Centre = "001.01.70.H15", Committee = "000.01.70.H15", HoaPhu = "24175";

    public static readonly DateTimeOffset From = At(3, 1, 0), To = At(4, 1, 0);

    /// <summary>An instant in 2026 in Vietnam (UTC+7).</summary>
    public static DateTimeOffset At(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(7));

    public static string OtherCommittee(OrganisationModel organisation) => organisation.PeoplesCommitteeOf("24133")!.EId;

    public static void Seed(EngineDbContext db, OrganisationModel organisation)
    {
        string other = OtherCommittee(organisation);
        // D1: online, on time, electronic result, very satisfied, all documents digitised (one reused), fee paid online.
        db.Add(Dossier(1, At(3, 2, 8), At(3, 5, 17)) with
        {
            Channel = SubmissionChannel.Online, Status = NationalStatus.Returned, FinishedAt = At(3, 4, 10), ReturnedAt = At(3, 5, 9),
            ResultForm = ResultForm.Electronic, SatisfactionRating = 3, PaidOnline = true,
        });
        Documents(db, 1, (true, true), (true, false));
        Fee(db, 1);
        // D2: finished after its appointment (late), apology issued with an explanation, not satisfied, one document not digitised, fee paid at the desk.
        db.Add(Dossier(2, At(3, 3, 8), At(3, 6, 17)) with { Status = NationalStatus.Processed, FinishedAt = At(3, 9, 10), SatisfactionRating = 1 });
        Documents(db, 2, (true, false), (false, false));
        Fee(db, 2);
        db.Add(Apology(1, 2, At(3, 6, 9), issued: true, explanation: "Chuyên viên nghỉ ốm"));
        // D3: finished before its appointment but asked twice to supplement (late for 766), apology issued without explanation.
        db.Add(Dossier(3, At(3, 10, 8), At(3, 20, 17)) with { Status = NationalStatus.Processed, FinishedAt = At(3, 12, 10), SupplementCount = 2 });
        Documents(db, 3, (true, false));
        db.Add(Apology(2, 3, At(3, 12, 9), issued: true, explanation: null));
        // D4: unfinished, appointment after the period: pending on time.
        db.Add(Dossier(4, At(3, 25, 8), At(4, 3, 17)) with { Status = NationalStatus.InProcess });
        // D5: unfinished, appointment passed in the period: pending overdue, apology still owed.
        db.Add(Dossier(5, At(3, 16, 8), At(3, 27, 17)) with { Status = NationalStatus.InProcess });
        db.Add(Apology(3, 5, At(3, 26, 9), issued: false, explanation: null));
        // D6: received in February, finished late in March: resolved late, not received in the period, no apology.
        db.Add(Dossier(6, At(2, 20, 8), At(2, 27, 17)) with { Status = NationalStatus.Processed, FinishedAt = At(3, 3, 10) });
        // D7: received and finished in February: not in the period at all.
        db.Add(Dossier(7, At(2, 10, 8), At(2, 20, 17)) with { Status = NationalStatus.Returned, FinishedAt = At(2, 19, 10), ReturnedAt = At(2, 20, 9) });
        // D8: received at Hòa Phú's centre for another commune's committee (location-independent).
        db.Add(Dossier(8, At(3, 5, 8), At(3, 12, 17)) with { CompetentAgencyEId = other, Status = NationalStatus.InProcess });
        // D9: withdrawn by the citizen before the appointment: resolved on time.
        db.Add(Dossier(9, At(3, 17, 8), At(3, 30, 17)) with { Status = NationalStatus.Withdrawn, EndedAt = At(3, 18, 10) });
        // D10: received in April: outside the period.
        db.Add(Dossier(10, At(4, 2, 8), At(4, 9, 17)) with { Status = NationalStatus.InProcess });

        // Petitions to the Committee, never counted among the dossiers: P11 answered on time and rated very satisfied,
        // P12 answered after its appointment and rated not satisfied, P13 still open within its appointment.
        db.Add(Petition(11, At(3, 2, 8), At(3, 20, 17)) with { Status = NationalStatus.Returned, FinishedAt = At(3, 10, 9), ReturnedAt = At(3, 10, 10), SatisfactionRating = 3 });
        db.Add(Petition(12, At(3, 3, 8), At(3, 12, 17)) with { Status = NationalStatus.Returned, FinishedAt = At(3, 16, 9), ReturnedAt = At(3, 16, 10), SatisfactionRating = 1 });
        db.Add(Petition(13, At(3, 20, 8), At(4, 10, 17)));
        PublishSampleProcedures(db, At(1, 5, 8));

        // Status sync: D1 two sent, D2 one failing (two attempts), D4 one waiting, D6 one sent.
        Outbox(db, 1, 1, At(3, 2, 8), sent: true, attempts: 1);
        Outbox(db, 2, 1, At(3, 4, 10), sent: true, attempts: 1);
        Outbox(db, 3, 2, At(3, 9, 10), sent: false, attempts: 2);
        Outbox(db, 4, 4, At(3, 25, 8), sent: false, attempts: 0);
        Outbox(db, 5, 6, At(3, 3, 10), sent: true, attempts: 1);

        // Steps of the Committee's appraisal (allotment 16 working hours): 2 h, 24 h and 25 h of working time,
        // taken after 0.5 h, 1 h and 2 h; two over the allotment, one sent back. T3 is the leader's step still open past its due.
        db.Add(Task(1, 1, Committee, "cv1", At(3, 2, 8), At(3, 2, 8, 30), At(3, 2, 10), At(3, 3, 17), "Approved"));
        db.Add(Task(2, 2, Committee, "cv1", At(3, 3, 8), At(3, 3, 9), At(3, 6, 8), At(3, 5, 17), "Approved"));
        db.Add(Task(3, 3, Committee, "cv1", At(3, 10, 8), At(3, 10, 10), At(3, 13, 9), At(3, 12, 17), StepAnalyticsOutcome));
        db.Add(Task(4, 5, Committee, "ld1", At(3, 18, 8), At(3, 18, 9), null, At(3, 20, 17), null) with { ActivityId = "Sign", Role = RoleCodes.Leader });
        db.Add(Task(5, 8, other, "cv9", At(3, 6, 8), At(3, 6, 9), At(3, 11, 9), At(3, 10, 17), "Approved"));
        db.SaveChanges();
    }

    private const string StepAnalyticsOutcome = "SentBack";

    private static Dossier Dossier(long id, DateTimeOffset received, DateTimeOffset appointment) => new()
    {
        Id = id, Code = $"000.01.70.H15-2603{id:00}-{id:0000}", DefinitionId = "birth-registration", DefinitionVersion = 1,
        ProcedureCode = "1.001193", ProcedureName = "Đăng ký khai sinh", Channel = SubmissionChannel.InPerson,
        ApplicantName = $"Công dân {id}", ApplicantIdNumber = $"0660900{id:00000}", ApplicantPhone = $"090500{id:0000}", ApplicantAddress = "Thôn 1, xã Hòa Phú",
        ReceivingAgencyEId = Centre, CompetentAgencyEId = Committee, SubmittedAt = received, ReceivedAt = received, ClockStartAt = received,
        AppointmentAt = appointment, WorkingDueAt = appointment, Status = NationalStatus.InProcess, Instance = [],
    };

    private static Dossier Petition(long id, DateTimeOffset received, DateTimeOffset appointment) => Dossier(id, received, appointment) with
    {
        DefinitionId = "petition-handling", ProcedureCode = "DLK-PAKN-01", ProcedureName = "Tiếp nhận, xử lý phản ánh, kiến nghị",
    };

    /// <summary>Every procedure file under workflows/procedures, published as version 1 (unless the store already holds definitions, as a server's does).</summary>
    private static void PublishSampleProcedures(EngineDbContext db, DateTimeOffset at)
    {
        if (db.Set<StoredDefinition>().Any())
            return;
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Workflows, "procedures"), "*.json", SearchOption.AllDirectories))
        {
            string json = File.ReadAllText(file);
            var definition = ElsaJson.Read(json);
            db.Add(new StoredDefinition
            {
                DefinitionId = definition.DefinitionId, Version = 1, Name = definition.Name ?? definition.DefinitionId,
                ProcedureCode = definition.Procedure?.Code, Json = json, ContentHash = Path.GetFileName(file),
                CreatedAt = at, IsPublished = true, PublishedAt = at,
            });
        }
    }

    private static void Documents(EngineDbContext db, long dossierId, params (bool Digitised, bool Reused)[] documents)
    {
        for (int i = 0; i < documents.Length; i++)
            db.Add(new DossierDocument { Id = dossierId * 10 + i, DossierId = dossierId, Name = $"Giấy tờ {i + 1}", Digitised = documents[i].Digitised, Reused = documents[i].Reused });
    }

    private static void Fee(EngineDbContext db, long dossierId) =>
        db.Add(new DossierFee { Id = dossierId, DossierId = dossierId, Name = "Lệ phí", AmountVnd = 8000 });

    private static Apology Apology(long id, long dossierId, DateTimeOffset owedAt, bool issued, string? explanation) => new()
    {
        Id = id, DossierId = dossierId, Trigger = ApologyTrigger.Overdue, Status = issued ? ApologyStatus.Issued : ApologyStatus.Owed, OwedAt = owedAt,
        AgencyEId = Committee, UnitCode = "VP", SignerAgencyEId = Committee, SignerUnitCode = "LD", SignerRole = RoleCodes.Leader,
        OriginalAppointmentAt = owedAt, Number = issued ? $"{id}/PXL" : null, Reason = issued ? "Cần xác minh thêm" : null,
        NewReturnAt = issued ? owedAt.AddDays(3) : null, Explanation = explanation, IssuedAt = issued ? owedAt.AddHours(2) : null,
    };

    private static void Outbox(EngineDbContext db, long id, long dossierId, DateTimeOffset createdAt, bool sent, int attempts) =>
        db.Add(new OutboxMessage
        {
            Id = id, DossierId = dossierId, Seq = (int)id, Kind = OutboxMessage.StatusSync, Payload = "{}"u8.ToArray(), CreatedAt = createdAt,
            DispatchedAt = sent ? createdAt.AddMinutes(1) : null, Attempts = attempts,
        });

    private static DossierTask Task(long id, long dossierId, string agency, string officer, DateTimeOffset opened, DateTimeOffset received,
        DateTimeOffset? completed, DateTimeOffset due, string? outcome) => new()
    {
        Id = id, DossierId = dossierId, BookmarkId = (int)id, ActivityId = "Appraise", StepType = "TthcFlow.OfficerStep", Title = "Thẩm định hồ sơ",
        Action = "Appraise", AgencyEId = agency, UnitCode = "VP", Role = RoleCodes.Specialist, Outcomes = ["Approved", StepAnalyticsOutcome],
        Status = completed is null ? OfficerTaskStatus.Claimed : OfficerTaskStatus.Completed, AllotmentHours = 16, OpenedAt = opened, FirstOpenedAt = opened,
        DueAt = due, ReceivedBy = officer, ReceivedByName = $"Cán bộ {officer}", ReceivedAt = received, CompletedAt = completed, Outcome = outcome,
    };
}
