using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TthcFlow.Engine.Apologies;
using TthcFlow.Engine.Deadlines;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Hosting;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tests.Hosting;
using TthcFlow.Engine.Tests.Persistence;
using TthcFlow.LoadTest;

namespace TthcFlow.Engine.Tests.LoadTest;

/// <summary>The province load harness on a tiny province: it drives the real engine, its invariants hold, and its checks catch a broken store.</summary>
public sealed class ProvinceReplayTests(TinyProvince province) : IClassFixture<TinyProvince>
{
    [Fact]
    public void A_week_of_filings_is_replayed_to_the_end_with_its_invariants_holding()
    {
        var s = province.Summary;

        Assert.True(s.InvariantsHold, string.Join(Environment.NewLine, s.Violations));
        Assert.InRange(s.Dossiers, 200, 450);
        Assert.Equal(0, s.LostDossiers);
        Assert.Equal(0, s.OverdueWithoutApology);
        Assert.Equal(0, s.MissingOutbox);
        Assert.Equal(0, s.Errors);
        Assert.True(s.Transitions > 3L * s.Dossiers, $"{s.Transitions} transitions for {s.Dossiers} dossiers");
        Assert.True(s.TimersFired > 0);
        Assert.True(s.Finished > s.Dossiers / 3, $"only {s.Finished} of {s.Dossiers} results returned in a week");
    }

    [Fact]
    public void Late_officers_make_dossiers_overdue_and_the_owed_apologies_are_signed()
    {
        var s = province.Summary;

        Assert.True(s.Overdue > 0);
        Assert.True(s.Apologies >= s.Overdue - s.ProcedureErrors, $"{s.Apologies} apologies for {s.Overdue} overdue");
        Assert.True(s.ApologiesIssued > 0);
        Assert.InRange(s.OnTimeRate, 0.5, 1.0);
        Assert.Contains(province.Findings.Units, u => u.Apologies > 0);
    }

    [Fact]
    public void Filings_follow_the_procedure_mix_and_some_location_independent_ones_are_filed_at_another_commune()
    {
        var s = province.Summary;

        Assert.True(s.FiledByProcedure["certified-copy"] > s.FiledByProcedure.GetValueOrDefault("petition-handling"));
        Assert.True(s.FiledByProcedure.Count >= 6, string.Join(", ", s.FiledByProcedure.Keys));
        Assert.True(s.FiledElsewhere > 0);
    }

    [Fact]
    public void The_summary_and_the_report_are_written_with_the_figures_asked_for()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(province.Output, "summary.json")));
        string report = File.ReadAllText(Path.Combine(province.Output, "report.html"));

        foreach (var key in new[] { "dossiers", "transitions", "timersFired", "wallSeconds", "transitionsPerSecond", "onTimeRate", "overdue", "apologies", "lostDossiers", "peakMemoryMb", "rawInsertFloorSeconds", "ratioToRawFloor" })
            Assert.True(json.RootElement.TryGetProperty(key, out _), key);
        Assert.Equal(province.Summary.Dossiers, json.RootElement.GetProperty("dossiers").GetInt32());
        Assert.True(json.RootElement.GetProperty("rawInsertFloorSeconds").GetDouble() > 0);
        Assert.Contains("<svg", report);
        Assert.Contains("Overdue and apologies per competent agency", report);
        Assert.Equal(8, File.ReadAllLines(Path.Combine(province.Output, "days.csv")).Length);
    }

    [Fact]
    public void Each_day_records_how_far_the_national_portal_is_behind_and_the_summary_what_was_left_to_send_at_the_end()
    {
        var days = File.ReadAllLines(Path.Combine(province.Output, "days.csv"));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(province.Output, "summary.json")));

        Assert.EndsWith(",portalBacklog", days[0]);
        Assert.All(days.Skip(1), d => Assert.InRange(int.Parse(d.Split(',')[^1], System.Globalization.CultureInfo.InvariantCulture), 0, int.MaxValue));
        Assert.InRange(json.RootElement.GetProperty("portalDrainSeconds").GetDouble(), 0, province.Summary.WallSeconds);
        Assert.Contains("sent after the last day", File.ReadAllText(Path.Combine(province.Output, "report.html")));
    }

    [Fact]
    public void The_report_carries_the_reporting_modules_figures_for_the_simulated_period()
    {
        var s = province.Summary;
        var r = Assert.IsType<TthcFlow.LoadTest.ProvinceReports>(s.Reports);
        var q = r.Summary;

        // The reports and the harness's own findings count the same dossiers from the same store.
        int petitions = s.FiledByProcedure.GetValueOrDefault("petition-handling");
        Assert.InRange(q.Received + q.Petitions.Received, s.Dossiers - s.Dossiers / 10, s.Dossiers); // online filings not yet received are not counted
        Assert.InRange(q.OnTimeRate!.Value, 0.5, 1.0);
        Assert.InRange(q.LateWithApology, 0, q.Late);
        Assert.Equal(petitions > 0, q.Petitions.Received > 0);
        Assert.True(q.LocationIndependent > 0);
        Assert.NotEmpty(r.TopDelays);
        Assert.Equal(s.Apologies, r.ApologyLetters);   // every apology of the replay, owed or issued, is on the period's list
        Assert.Contains(q.Index.Items, i => i.Indicator == "Tỷ lệ hồ sơ đúng hạn" && i.Points > 0);
        Assert.Contains("Bộ chỉ số 766", File.ReadAllText(Path.Combine(province.Output, "report.html")));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(province.Output, "summary.json")));
        Assert.Equal(q.Received, json.RootElement.GetProperty("reports").GetProperty("summary").GetProperty("received").GetInt32());
    }

    [Fact]
    public void Nobody_files_on_a_weekend_or_during_Tet()
    {
        var calendar = ReferenceData.Load(new WorkflowsFolder(RepoPaths.Workflows)).Calendar;
        var arrivals = new ArrivalProfile(calendar, 1_460_000);
        var week = File.ReadAllLines(Path.Combine(province.Output, "days.csv")).Skip(1).Select(l => l.Split(',')).ToList();

        Assert.Equal(0, arrivals.Expected(new DateOnly(2026, 2, 17)));
        Assert.Equal(0, arrivals.Expected(new DateOnly(2026, 3, 7)));
        Assert.InRange(arrivals.Expected(new DateOnly(2026, 3, 2)), 4_000, 9_000);
        Assert.All(week.Where(d => !calendar.IsWorkingDay(DateOnly.Parse(d[0]))), d => Assert.Equal("0", d[1]));
        Assert.All(week.Where(d => calendar.IsWorkingDay(DateOnly.Parse(d[0]))), d => Assert.NotEqual("0", d[1]));
    }

    [Fact]
    public async Task A_lost_status_message_or_a_missing_apology_breaks_the_invariants()
    {
        var builder = new DbContextOptionsBuilder<EngineDbContext>();
        builder.UseEngineStore(StoreOptions.From(province.Store.ConnectionString));
        var contexts = new ContextFactory(builder.Options);
        var organisation = ReferenceData.Load(new WorkflowsFolder(RepoPaths.Workflows)).Organisation;
        var now = new DateTimeOffset(TinyProvince.Monday.AddDays(7).ToDateTime(new TimeOnly(7, 0)), TimeSpan.FromHours(7));
        await using (var db = contexts.CreateDbContext())
        {
            var dossiers = await db.Set<Dossier>().AsNoTracking().ToListAsync();
            var apologised = (await db.Set<Apology>().AsNoTracking().Select(a => a.DossierId).ToListAsync()).ToHashSet();
            var paused = (await db.Set<ClockPause>().AsNoTracking().Where(p => p.EndedAt == null).Select(p => p.DossierId).ToListAsync()).ToHashSet();
            var late = dossiers.First(d => apologised.Contains(d.Id) && !paused.Contains(d.Id) && d.Status != NationalStatus.WaitingForSupplement && d.WorkingDueAt is { } due
                && (d.ReturnedAt is { } back ? back > due : d.Status is not (NationalStatus.NotReceived or NationalStatus.Withdrawn or NationalStatus.Stopped) && due < now));
            long lastMessage = await db.Set<OutboxMessage>().MaxAsync(o => o.Id);
            await db.Set<OutboxMessage>().Where(o => o.Id == lastMessage).ExecuteDeleteAsync();
            await db.Set<Apology>().Where(a => a.DossierId == late.Id).ExecuteDeleteAsync();
        }

        var broken = await ProvinceFindings.ReadAsync(contexts, province.Summary.Dossiers, now, organisation);

        Assert.False(broken.Hold);
        Assert.Equal(1, broken.MissingOutbox);
        Assert.Equal(1, broken.OverdueWithoutApology);
        Assert.Contains(broken.Violations, v => v.Contains("without an apology"));
    }
}
