using System.Globalization;
using System.Net;
using System.Text;

namespace TthcFlow.LoadTest;

/// <summary>The human report (<c>report.html</c>): the headline figures, inline SVG charts per replayed day and the overdue and apologies per competent agency.</summary>
public static class HtmlReport
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Render(LoadSummary summary, IReadOnlyList<DayFigures> days, ProvinceFindings findings)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>TthcFlow — province load</title>")
            .Append("<style>body{font-family:sans-serif;margin:2em;max-width:70em}td,th{padding:2px 8px;text-align:right}td:first-child,th:first-child{text-align:left}svg{background:#fafafa;border:1px solid #ddd}</style></head><body>")
            .Append("<h1>Province replay</h1><p>")
            .Append(Inv, $"{summary.Dossiers:N0} dossiers over {summary.Days} days ({summary.DossiersPerYear:N0} a year), {summary.Communes} communes, seed {summary.Seed}, store {WebUtility.HtmlEncode(summary.Store)}.</p>")
            .Append("<table>");
        Row(html, "Transitions (audited versions)", summary.Transitions.ToString("N0", Inv));
        Row(html, "Timers fired", summary.TimersFired.ToString("N0", Inv));
        Row(html, "Wall time", $"{summary.WallSeconds.ToString("N1", Inv)} s");
        Row(html, "Transitions per second", summary.TransitionsPerSecond.ToString("N0", Inv));
        if (summary.PortalDrainSeconds is { } drain)
            Row(html, "National portal: versions acknowledged / sent after the last day", $"{summary.PortalAcknowledged.ToString("N0", Inv)} / in {drain.ToString("N1", Inv)} s");
        Row(html, "Raw insert floor (same rows, same disk)", summary.RawInsertFloorSeconds is { } f ? $"{f.ToString("N1", Inv)} s (ratio {summary.RatioToRawFloor!.Value.ToString("N1", Inv)}×)" : "not measured (not SQLite)");
        Row(html, "On-time rate (results returned by the appointment)", summary.OnTimeRate.ToString("P1", Inv));
        Row(html, "Overdue / apologies (issued)", $"{summary.Overdue:N0} / {summary.Apologies:N0} ({summary.ApologiesIssued:N0})");
        Row(html, "Lost dossiers", summary.LostDossiers.ToString(Inv));
        Row(html, "Steps the engine refused as procedure errors", summary.ProcedureErrors.ToString("N0", Inv));
        Row(html, "Peak memory", $"{summary.PeakMemoryMb.ToString("N0", Inv)} MB");
        Row(html, "Invariants", summary.InvariantsHold ? "hold" : "BROKEN");
        html.Append("</table>");
        Chart(html, "Throughput: commands per wall second, each day", days, d => d.WallSeconds > 0 ? d.Commands / d.WallSeconds : 0);
        Chart(html, "Filings per day", days, d => d.Filed);
        Chart(html, "Backlog: open dossiers at each day's close", days, d => d.OpenDossiers);
        Chart(html, "Timers fired per day", days, d => d.TimersFired);
        Chart(html, "Timer lateness: wall ms the scheduler needed to catch up after the clock moved, per day", days, d => d.TimerCatchUpMs);
        Chart(html, "Memory (working set, MB)", days, d => d.MemoryMb);
        if (days.Any(d => d.PortalBacklog > 0))
            Chart(html, "National-portal backlog: status messages not yet acknowledged at each day's close", days, d => d.PortalBacklog);
        if (summary.Reports is { } reports)
            ReportFigures(html, reports);
        html.Append("<h2>Overdue and apologies per competent agency</h2><table><tr><th>Agency</th><th>Dossiers</th><th>Finished</th><th>Overdue</th><th>Apologies</th></tr>");
        foreach (var u in findings.Units.Take(40))
            html.Append(Inv, $"<tr><td>{WebUtility.HtmlEncode(u.Name)} ({u.AgencyEId})</td><td>{u.Dossiers:N0}</td><td>{u.Finished:N0}</td><td>{u.Overdue:N0}</td><td>{u.Apologies:N0}</td></tr>");
        html.Append("</table>");
        if (summary.ProcedureErrorMessages.Count > 0)
        {
            html.Append("<h2>Procedure errors (the dossiers stay at that step)</h2><ul>");
            foreach (var m in summary.ProcedureErrorMessages)
                html.Append("<li>").Append(WebUtility.HtmlEncode(m)).Append("</li>");
            html.Append("</ul>");
        }
        if (findings.Violations.Count > 0)
        {
            html.Append("<h2>Invariant violations</h2><ul>");
            foreach (var v in findings.Violations)
                html.Append("<li>").Append(WebUtility.HtmlEncode(v)).Append("</li>");
            html.Append("</ul>");
        }
        return html.Append("</body></html>").ToString();
    }

    /// <summary>The reporting module's own figures for the replayed period (what leaders read), and how long each took.</summary>
    private static void ReportFigures(StringBuilder html, ProvinceReports r)
    {
        static string Pct(double? rate) => rate is { } x ? x.ToString("P1", Inv) : "—";
        var q = r.Summary;
        html.Append("<h2>Báo cáo của hệ thống cho kỳ mô phỏng (toàn tỉnh)</h2><table>");
        Row(html, "Tiếp nhận / đã giải quyết / đang giải quyết", $"{q.Received:N0} / {q.Resolved:N0} / {q.Pending:N0}");
        Row(html, "Tỷ lệ đúng hạn (766)", Pct(q.OnTimeRate));
        Row(html, "Trễ hạn: có / chưa có văn bản xin lỗi", $"{q.LateWithApology:N0} / {q.LateWithoutApology:N0}");
        Row(html, "Báo cáo giải trình", q.ExplanationReports.ToString("N0", Inv));
        Row(html, "Trực tuyến / số hóa / thanh toán trực tuyến", $"{Pct(q.OnlineShare)} / {Pct(q.DigitisedShare)} / {Pct(q.OnlinePaidShare)}");
        Row(html, "Không phụ thuộc địa giới: hồ sơ / thủ tục", $"{Pct(q.LocationIndependentShare)} / {Pct(q.LocationIndependentProcedureShare)}");
        Row(html, "Phản ánh, kiến nghị: tiếp nhận / đúng hạn", $"{q.Petitions.Received:N0} / {Pct(q.Petitions.OnTimeRate)}");
        Row(html, "Đồng bộ Cổng DVC quốc gia", Pct(q.SyncRate));
        Row(html, "Văn bản xin lỗi trong kỳ", r.ApologyLetters.ToString("N0", Inv));
        Row(html, "Bộ chỉ số 766 (điểm tính được)", $"{q.Index.Points.ToString("N2", Inv)} / {q.Index.ComputedMax.ToString("N0", Inv)}");
        Row(html, "Thời gian lập báo cáo: tổng hợp / trễ hạn / xin lỗi", $"{r.SummarySeconds.ToString("N2", Inv)} s / {r.DelaysSeconds.ToString("N2", Inv)} s / {r.ApologiesSeconds.ToString("N2", Inv)} s");
        if (r.LastMonth is { } month)
            Row(html, $"Tổng hợp toàn tỉnh tháng {month:MM/yyyy}", $"{r.LastMonthSummarySeconds!.Value.ToString("N2", Inv)} s");
        html.Append("</table><h3>Bộ chỉ số 766</h3><table><tr><th>Nhóm</th><th>Chỉ số</th><th>Tỷ lệ</th><th>Điểm</th><th>Tối đa</th></tr>");
        foreach (var i in q.Index.Items)
            html.Append("<tr><td>").Append(WebUtility.HtmlEncode(i.Group)).Append("</td><td>").Append(WebUtility.HtmlEncode(i.Indicator)).Append("</td><td>")
                .Append(Pct(i.Rate)).Append("</td><td>").Append(i.Points is { } p ? p.ToString("N2", Inv) : "—").Append(Inv, $"</td><td>{i.Max}</td></tr>");
        html.Append(Inv, $"</table><h3>Đơn vị, cá nhân để xảy ra trễ hạn nhiều nhất ({r.DelayLines:N0} dòng)</h3><table><tr><th>Cơ quan</th><th>Đơn vị</th><th>Cán bộ</th><th>Bước trễ</th><th>Hồ sơ</th></tr>");
        foreach (var d in r.TopDelays)
            html.Append("<tr><td>").Append(WebUtility.HtmlEncode(d.AgencyName)).Append("</td><td>").Append(WebUtility.HtmlEncode(d.UnitCode)).Append("</td><td>")
                .Append(WebUtility.HtmlEncode(d.OfficerName ?? d.Officer ?? "—")).Append(Inv, $"</td><td>{d.LateSteps:N0}</td><td>{d.Dossiers:N0}</td></tr>");
        html.Append("</table>");
    }

    private static void Row(StringBuilder html, string name, string value) =>
        html.Append("<tr><td>").Append(WebUtility.HtmlEncode(name)).Append("</td><td>").Append(WebUtility.HtmlEncode(value)).Append("</td></tr>");

    private static void Chart(StringBuilder html, string title, IReadOnlyList<DayFigures> days, Func<DayFigures, double> value)
    {
        const int width = 800, height = 200, pad = 40;
        html.Append("<h2>").Append(WebUtility.HtmlEncode(title)).Append("</h2>");
        if (days.Count == 0)
            return;
        double max = Math.Max(days.Max(value), 1e-9);
        html.Append(Inv, $"<svg width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\"><polyline fill=\"none\" stroke=\"#1565c0\" stroke-width=\"1.5\" points=\"");
        for (int i = 0; i < days.Count; i++)
        {
            double x = pad + (width - 2 * pad) * (days.Count == 1 ? 0.5 : (double)i / (days.Count - 1));
            double y = height - pad - (height - 2 * pad) * value(days[i]) / max;
            html.Append(Inv, $"{x:F1},{y:F1} ");
        }
        html.Append(Inv, $"\"/><text x=\"4\" y=\"{pad - 8}\" font-size=\"12\">max {max:N1}</text>")
            .Append(Inv, $"<text x=\"{pad}\" y=\"{height - 10}\" font-size=\"12\">{days[0].Day:dd/MM/yyyy}</text>")
            .Append(Inv, $"<text x=\"{width - pad - 70}\" y=\"{height - 10}\" font-size=\"12\">{days[^1].Day:dd/MM/yyyy}</text></svg>");
    }
}
