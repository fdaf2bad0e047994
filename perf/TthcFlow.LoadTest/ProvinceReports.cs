using System.Diagnostics;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Reports;

namespace TthcFlow.LoadTest;

/// <summary>
/// What the reporting module says about the replayed period, province-wide (the figures a leader
/// would read: on-time rate, late dossiers with and without apology, the 766 index, petitions,
/// shares, sync, the units and officers who caused delays), and how long each report took on the
/// replay's own store — the reports' speed goal measured on a province's data.
/// </summary>
public sealed record ProvinceReports
{
    public required ServiceQuality Summary { get; init; }
    public required double SummarySeconds { get; init; }

    /// <summary>The longest-delaying units and officers (most late steps first).</summary>
    public required IReadOnlyList<DelayLine> TopDelays { get; init; }
    public required int DelayLines { get; init; }
    public required double DelaysSeconds { get; init; }

    public required int ApologyLetters { get; init; }
    public required double ApologiesSeconds { get; init; }

    /// <summary>The province-wide summary of the last calendar month replayed, and its time.</summary>
    public required DateOnly? LastMonth { get; init; }
    public required double? LastMonthSummarySeconds { get; init; }

    public static async Task<ProvinceReports> RunAsync(ReportService reports, OrganisationModel organisation, DateTimeOffset from, DateTimeOffset to)
    {
        var province = ReportScope.Resolve(organisation, ScopeKind.Province, null).Scope!;
        var period = new ReportPeriod(from, to, province);
        var (summary, summarySeconds) = await TimedAsync<ServiceQuality>(reports, ReportKind.Summary, period);
        var (delays, delaySeconds) = await TimedAsync<IReadOnlyList<DelayLine>>(reports, ReportKind.Delays, period);
        var (letters, apologySeconds) = await TimedAsync<IReadOnlyList<ApologyLine>>(reports, ReportKind.Apologies, period);

        // The last whole calendar month inside the replay, as a leader would ask for it.
        var vn = TimeSpan.FromHours(7);
        var end = to.ToOffset(vn);
        var monthStart = new DateTimeOffset(end.Year, end.Month, 1, 0, 0, 0, vn).AddMonths(-1);
        double? monthSeconds = null;
        if (monthStart >= from.ToOffset(vn).AddDays(-1))
            (_, monthSeconds) = await TimedAsync<ServiceQuality>(reports, ReportKind.Summary, new ReportPeriod(monthStart, monthStart.AddMonths(1), province));

        return new ProvinceReports
        {
            Summary = summary, SummarySeconds = summarySeconds,
            TopDelays = delays.OrderByDescending(d => d.LateSteps).Take(15).ToList(), DelayLines = delays.Count, DelaysSeconds = delaySeconds,
            ApologyLetters = letters.Count, ApologiesSeconds = apologySeconds,
            LastMonth = monthSeconds is null ? null : DateOnly.FromDateTime(monthStart.DateTime), LastMonthSummarySeconds = monthSeconds,
        };
    }

    private static async Task<(T Result, double Seconds)> TimedAsync<T>(ReportService reports, ReportKind kind, ReportPeriod period)
    {
        var watch = Stopwatch.StartNew();
        var (result, _) = await reports.RunAsync(kind, period);
        return ((T)result, Math.Round(watch.Elapsed.TotalSeconds, 3));
    }
}
