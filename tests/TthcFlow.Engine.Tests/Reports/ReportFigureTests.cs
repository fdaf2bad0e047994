using TthcFlow.Engine.Apologies;
using TthcFlow.Engine.Reports;
using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tests.Storage;

namespace TthcFlow.Engine.Tests.Reports;

/// <summary>
/// Every figure of every report over <see cref="ReportData"/>, against the values worked out by hand,
/// on SQLite and on PostgreSQL (the figures are hand-written SQL both must answer alike).
/// </summary>
public abstract class ReportFigureTests(StoreProvider store) : IAsyncLifetime
{
    private readonly ReportWorld _world = new(store);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [StoreFact]
    public async Task Committee_month_counts_received_resolved_on_time_late_and_pending()
    {
        var q = await _world.RunAsync<ServiceQuality>(ReportKind.Summary, _world.March(ScopeKind.Agency, ReportData.Committee));

        Assert.Equal(6, q.Received);            // D1–D5, D9 (D6 came in February, D8 belongs to another commune, D10 to April)
        Assert.Equal(5, q.Resolved);            // D1, D2, D3, D6, D9
        Assert.Equal(2, q.ResolvedOnTime);      // D1, D9 (withdrawn before the appointment)
        Assert.Equal(3, q.ResolvedLate);        // D2 after its appointment, D3 two supplement requests, D6
        Assert.Equal(2, q.Pending);             // D4, D5
        Assert.Equal(1, q.PendingOnTime);       // D4: appointment after the period
        Assert.Equal(1, q.PendingOverdue);      // D5
        Assert.Equal(3.0 / 7, q.OnTimeRate!.Value, 10);
        Assert.Equal(4, q.Late);
        Assert.Equal(2, q.LateWithApology);     // D2, D3 issued; D5's is still owed, D6 has none
        Assert.Equal(2, q.LateWithoutApology);
        Assert.Equal(1, q.ExplanationReports);  // only D2's apology carries one
    }

    [StoreFact]
    public async Task A_month_still_running_counts_a_dossier_not_yet_due_as_pending_on_time()
    {
        var now = ReportData.At(3, 26, 12); // D5's appointment (27/3 17:00) is still ahead
        var q = await _world.RunAsync<ServiceQuality>(ReportKind.Summary, _world.March(ScopeKind.Agency, ReportData.Committee).AsOf(now));

        Assert.Equal(now, q.To);
        Assert.Equal(2, q.Pending);             // D4, D5
        Assert.Equal(2, q.PendingOnTime);
        Assert.Equal(0, q.PendingOverdue);
    }

    [StoreFact]
    public async Task Committee_month_shares_and_sync()
    {
        var q = await _world.RunAsync<ServiceQuality>(ReportKind.Summary, _world.March(ScopeKind.Agency, ReportData.Committee));

        Assert.Equal(1, q.Online);
        Assert.Equal(1.0 / 6, q.OnlineShare!.Value, 10);
        Assert.Equal(2, q.Digitised);           // D1 and D3 have every document digitised; D2 has one on paper
        Assert.Equal(1, q.Reused);
        Assert.Equal(2, q.WithFees);
        Assert.Equal(1, q.PaidOnline);
        Assert.Equal(0.5, q.OnlinePaidShare);
        Assert.Equal(1, q.ElectronicResults);
        Assert.Equal(2, q.Rated);
        Assert.Equal(1, q.Complaints);
        Assert.Equal(0.2, q.DossierSatisfaction!.Value, 10); // (5 handled − 1 complaint − 3 late) ÷ 5
        Assert.Equal(0, q.ReceivedAtDesks);     // the committee has no desk of its own
        Assert.Null(q.LocationIndependentShare);
        Assert.Equal(5, q.SyncMessages);
        Assert.Equal(3, q.SyncSent);
        Assert.Equal(2, q.SyncPending);
        Assert.Equal(1, q.SyncRetrying);
        Assert.Equal(7, q.DossiersInPeriod);    // received or resolved in March
        Assert.Equal(5, q.SyncedDossiers);      // all but D2 and D4
    }

    [StoreFact]
    public async Task Committee_month_scores_the_766_indicators_by_the_formulas()
    {
        var q = await _world.RunAsync<ServiceQuality>(ReportKind.Summary, _world.March(ScopeKind.Agency, ReportData.Committee));
        var points = q.Index.Items.ToDictionary(i => i.Indicator, i => i.Points);

        Assert.Equal(Math.Round(6 * 5.0 / 7, 2), points["Đồng bộ hồ sơ lên Cổng DVC quốc gia"]);
        Assert.Equal(Math.Round(20 * 3.0 / 7, 2), points["Tỷ lệ hồ sơ đúng hạn"]);
        Assert.Equal(4.0, points["Tỷ lệ hồ sơ trực tuyến"]);                 // 1/6 below the 50 % threshold: 12 × (1/6) ÷ 0.5
        Assert.Equal(10.0, points["Tỷ lệ hồ sơ thanh toán trực tuyến"]);      // 50 % reaches the threshold
        Assert.Equal(1.5, points["Kết quả điện tử"]);                          // 6 × 0.2 ÷ 0.8
        Assert.Equal(Math.Round(4 * (2.0 / 6) / 0.8, 2), points["Hồ sơ được số hóa"]);
        Assert.Equal(Math.Round(4 * (1.0 / 6) / 0.8, 2), points["Khai thác, tái sử dụng dữ liệu số hóa"]);
        Assert.Equal(Math.Round(6 * 0.2 / 0.9, 2), points["Hài lòng về giải quyết hồ sơ"]);
        Assert.Equal(4.0, points["Xử lý phản ánh, kiến nghị đúng hạn"]);     // 6 × (P11 + P13 within time) ÷ 3
        Assert.Equal(0.0, points["Hài lòng về xử lý phản ánh, kiến nghị"]);   // (2 handled − 1 complaint − 1 late) ÷ 2
        Assert.Equal(2, q.Index.Items.Count(i => i.Points is null)); // publication, certified copies/resident data: no data
        Assert.Equal(80, q.Index.ComputedMax);
    }

    [StoreFact]
    public async Task Petitions_are_measured_apart_from_dossiers()
    {
        var q = await _world.RunAsync<ServiceQuality>(ReportKind.Summary, _world.March(ScopeKind.Agency, ReportData.Committee));

        Assert.Equal(3, q.Petitions.Received);
        Assert.Equal(2, q.Petitions.Resolved);        // P11, P12
        Assert.Equal(1, q.Petitions.ResolvedOnTime);  // P11
        Assert.Equal(1, q.Petitions.Pending);         // P13
        Assert.Equal(1, q.Petitions.PendingOnTime);
        Assert.Equal((2, 1), (q.Petitions.Rated, q.Petitions.Complaints));
        Assert.Equal(2.0 / 3, q.Petitions.OnTimeRate!.Value, 10);
        Assert.Equal(0.0, q.Petitions.Satisfaction!.Value, 10);
        Assert.Equal(6, q.Received);                  // the dossiers' own figures do not count petitions

        var april = await _world.RunAsync<ServiceQuality>(ReportKind.Summary, _world.March(ScopeKind.Agency, ReportData.Committee) with
        {
            From = ReportData.At(4, 11, 0), To = ReportData.At(5, 1, 0),
        });
        Assert.Equal(1, april.Petitions.Pending);     // P13, past its appointment by then
        Assert.Null(april.Index.Items.Single(i => i.Indicator == "Hài lòng về xử lý phản ánh, kiến nghị").Points); // none handled
    }

    [StoreFact]
    public async Task Location_independent_share_of_published_procedures()
    {
        var q = await _world.RunAsync<ServiceQuality>(ReportKind.Summary, _world.March(ScopeKind.Province, null));

        // Ten public sample procedures (petitions are not administrative procedures); marriage and judicial records are not receivable anywhere.
        Assert.Equal((10, 8), (q.ProceduresOffered, q.LocationIndependentProcedures));
        Assert.Equal(0.8, q.LocationIndependentProcedureShare!.Value, 10);
    }

    [StoreFact]
    public async Task Commune_scope_counts_the_location_independent_dossier_at_the_receiving_desk()
    {
        var q = await _world.RunAsync<ServiceQuality>(ReportKind.Summary, _world.March(ScopeKind.Commune, ReportData.HoaPhu));

        Assert.Equal(7, q.ReceivedAtDesks);     // D1–D5, D8, D9 at Hòa Phú's centre
        Assert.Equal(1, q.LocationIndependent); // D8, decided by another commune
        Assert.Equal(1.0 / 7, q.LocationIndependentShare!.Value, 10);
        Assert.Equal(6, q.Received);            // D8 belongs to its competent body's figures
    }

    [StoreFact]
    public async Task Province_scope_includes_every_commune()
    {
        var q = await _world.RunAsync<ServiceQuality>(ReportKind.Summary, _world.March(ScopeKind.Province, null));

        Assert.Equal(7, q.Received);            // D8 too
        Assert.Equal(3, q.Pending);             // D4, D5, D8
        Assert.Equal(2, q.PendingOverdue);      // D5, D8 (appointment 12 March)
        Assert.Equal(3.0 / 8, q.OnTimeRate!.Value, 10);
    }

    [StoreFact]
    public async Task Delay_list_names_the_units_and_officers_who_held_late_steps()
    {
        var committee = await _world.RunAsync<IReadOnlyList<DelayLine>>(ReportKind.Delays, _world.March(ScopeKind.Agency, ReportData.Committee));

        Assert.Collection(committee,
            l => Assert.Equal(("cv1", 2, 2), (l.Officer, l.LateSteps, l.Dossiers)),  // D2 and D3 appraised after their due; D1's was early
            l => Assert.Equal(("ld1", 1, 1), (l.Officer, l.LateSteps, l.Dossiers))); // D5's signature still open past its due
        Assert.All(committee, l => Assert.Equal(ReportData.Committee, l.AgencyEId));

        var province = await _world.RunAsync<IReadOnlyList<DelayLine>>(ReportKind.Delays, _world.March(ScopeKind.Province, null));
        Assert.Equal(["cv1", "cv9", "ld1"], province.Select(l => l.Officer!).Order().ToArray());
    }

    [StoreFact]
    public async Task Apology_list_shows_owed_and_issued_letters_in_order()
    {
        var lines = await _world.RunAsync<IReadOnlyList<ApologyLine>>(ReportKind.Apologies, _world.March(ScopeKind.Agency, ReportData.Committee));

        Assert.Equal(["000.01.70.H15-260302-0002", "000.01.70.H15-260303-0003", "000.01.70.H15-260305-0005"], lines.Select(l => l.DossierCode).ToArray());
        Assert.Equal([ApologyStatus.Issued, ApologyStatus.Issued, ApologyStatus.Owed], lines.Select(l => l.Status).ToArray());
        Assert.Equal([true, false, false], lines.Select(l => l.HasExplanation).ToArray());
        Assert.Equal("1/PXL", lines[0].Number);
    }

    [StoreFact]
    public async Task Logbook_lists_the_desks_receipts_in_order()
    {
        var lines = await _world.RunAsync<IReadOnlyList<LogbookLine>>(ReportKind.Logbook, _world.March(ScopeKind.Agency, ReportData.Centre));

        // Petitions received at the desk are entered in its logbook too, in receipt order.
        Assert.Equal([1, 11, 2, 12, 8, 3, 5, 9, 13, 4], lines.Select(l => int.Parse(l.Code[^4..], System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        Assert.Equal(Enumerable.Range(1, 10).ToArray(), lines.Select(l => l.No).ToArray());
        Assert.Equal(ReportData.At(3, 5, 9), lines[0].ReturnedAt);
        Assert.Equal(_world.Organisation.GetAgency(ReportData.OtherCommittee(_world.Organisation)).Name, lines[4].LeadBody);
        Assert.Empty(await _world.RunAsync<IReadOnlyList<LogbookLine>>(ReportKind.Logbook, _world.March(ScopeKind.Agency, ReportData.Committee)));
    }

    [StoreFact]
    public async Task Review_measures_steps_in_working_time_and_supplement_rates()
    {
        var review = await _world.RunAsync<ReviewAnalytics>(ReportKind.Review, _world.March(ScopeKind.Agency, ReportData.Committee));

        var step = Assert.Single(review.Steps);  // the leader's step is still open; the other commune's step is out of scope
        Assert.Equal(("birth-registration", "Appraise", 3), (step.DefinitionId, step.ActivityId, step.Completed));
        Assert.Equal(16, step.AllottedHours);
        Assert.Equal(24, step.MedianHours);      // 2 h, 24 h (Tue 08:00 → Fri 08:00), 25 h (Tue 08:00 → Fri 09:00)
        Assert.Equal(25, step.P90Hours);
        Assert.Equal(1, step.MedianWaitHours);   // taken after 0.5 h, 1 h, 2 h
        Assert.Equal(2, step.OverAllotment);
        Assert.Equal(1, step.SentBack);
        Assert.Equal(1.0 / 3, step.SendBackRate, 10);

        var procedures = review.Procedures.ToDictionary(p => p.DefinitionId);
        Assert.Equal((6, 1), (procedures["birth-registration"].Received, procedures["birth-registration"].WithSupplementRequest)); // D3 was asked to supplement
        Assert.Equal((3, 0), (procedures["petition-handling"].Received, procedures["petition-handling"].WithSupplementRequest));
        Assert.Equal(2, procedures.Count);
    }

    public sealed class OnSqlite() : ReportFigureTests(StoreProvider.Sqlite);

    public sealed class OnPostgreSql() : ReportFigureTests(StoreProvider.PostgreSql), IOnPostgreSql;
}
