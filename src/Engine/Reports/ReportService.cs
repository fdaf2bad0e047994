namespace TthcFlow.Engine.Reports;

/// <summary>Runs any report by kind: its typed result (for JSON) and its sheet (for CSV and Excel).</summary>
public sealed class ReportService(ServiceQualityQuery quality, DelayReport delays, ApologyList apologies, Logbook logbook, StepAnalytics review)
{
    public async Task<(object Result, ReportTable Table)> RunAsync(ReportKind kind, ReportPeriod period, CancellationToken ct = default)
    {
        switch (kind)
        {
            case ReportKind.Summary:
                var q = await quality.RunAsync(period, ct);
                return (q, ReportTables.Of(q));
            case ReportKind.Delays:
                var d = await delays.RunAsync(period, ct);
                return (d, ReportTables.Of(d, period));
            case ReportKind.Apologies:
                var a = await apologies.RunAsync(period, ct);
                return (a, ReportTables.Of(a, period));
            case ReportKind.Logbook:
                var l = await logbook.RunAsync(period, ct);
                return (l, ReportTables.Of(l, period));
            case ReportKind.Review:
                var r = await review.RunAsync(period, ct);
                return (r, ReportTables.Of(r, period));
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown report.");
        }
    }

    /// <summary>The file name of an export: <c>bao-cao-{kind}-{from:yyyyMMdd}-{to:yyyyMMdd}.{ext}</c>.</summary>
    public static string FileName(ReportKind kind, ReportPeriod period, ReportFormat format) =>
        $"bao-cao-{kind.ToString().ToLowerInvariant()}-{period.From.ToOffset(ReportTable.VietnamOffset):yyyyMMdd}-{period.To.ToOffset(ReportTable.VietnamOffset):yyyyMMdd}.{format.ToString().ToLowerInvariant()}";

    public static string ContentType(ReportFormat format) => format switch
    {
        ReportFormat.Csv => "text/csv; charset=utf-8",
        ReportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/json",
    };
}

/// <summary>Registers the reports' queries.</summary>
public static class ReportsRegistration
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddSingleton(new Index766Thresholds());
        services.AddSingleton<ServiceQualityQuery>();
        services.AddSingleton<DelayReport>();
        services.AddSingleton<ApologyList>();
        services.AddSingleton<Logbook>();
        services.AddSingleton<StepAnalytics>();
        services.AddSingleton<ReportService>();
        return services;
    }
}
