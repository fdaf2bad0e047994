using TthcFlow.Engine.Apologies;
using TthcFlow.Engine.Dossiers.Model;

namespace TthcFlow.Engine.Reports;

/// <summary>Each report as a <see cref="ReportTable"/> with Vietnamese headers, for CSV and Excel.</summary>
public static class ReportTables
{
    public static ReportTable Of(ServiceQuality q)
    {
        static object? Pct(double? rate) => rate is { } r ? Math.Round(r * 100, 2) : null;
        var rows = new List<IReadOnlyList<object?>>
        {
            Row("Hồ sơ tiếp nhận", q.Received), Row("Hồ sơ đã giải quyết", q.Resolved),
            Row("Giải quyết đúng hạn, trước hạn", q.ResolvedOnTime), Row("Giải quyết quá hạn", q.ResolvedLate),
            Row("Đang giải quyết", q.Pending), Row("Đang giải quyết trong hạn", q.PendingOnTime), Row("Đang giải quyết quá hạn", q.PendingOverdue),
            Row("Tỷ lệ đúng hạn (%)", Pct(q.OnTimeRate)),
            Row("Hồ sơ trễ hạn", q.Late), Row("Trễ hạn có văn bản xin lỗi", q.LateWithApology), Row("Trễ hạn chưa có văn bản xin lỗi", q.LateWithoutApology),
            Row("Báo cáo giải trình", q.ExplanationReports),
            Row("Hồ sơ trực tuyến", q.Online), Row("Tỷ lệ trực tuyến (%)", Pct(q.OnlineShare)),
            Row("Hồ sơ được số hóa", q.Digitised), Row("Tỷ lệ số hóa (%)", Pct(q.DigitisedShare)),
            Row("Hồ sơ tái sử dụng dữ liệu", q.Reused), Row("Tỷ lệ tái sử dụng (%)", Pct(q.ReusedShare)),
            Row("Hồ sơ có phí, lệ phí", q.WithFees), Row("Thanh toán trực tuyến", q.PaidOnline), Row("Tỷ lệ thanh toán trực tuyến (%)", Pct(q.OnlinePaidShare)),
            Row("Hồ sơ tiếp nhận tại bộ phận một cửa của đơn vị", q.ReceivedAtDesks),
            Row("Tiếp nhận không phụ thuộc địa giới hành chính", q.LocationIndependent), Row("Tỷ lệ không phụ thuộc địa giới (%)", Pct(q.LocationIndependentShare)),
            Row("Thủ tục đang công bố", q.ProceduresOffered), Row("Thủ tục tiếp nhận không phụ thuộc địa giới", q.LocationIndependentProcedures),
            Row("Tỷ lệ thủ tục không phụ thuộc địa giới (%)", Pct(q.LocationIndependentProcedureShare)),
            Row("Kết quả điện tử", q.ElectronicResults), Row("Đánh giá của người dân", q.Rated), Row("Không hài lòng", q.Complaints),
            Row("Tỷ lệ hài lòng (%)", Pct(q.DossierSatisfaction)),
            Row("Phản ánh, kiến nghị tiếp nhận", q.Petitions.Received), Row("PAKN đã xử lý", q.Petitions.Resolved),
            Row("PAKN xử lý đúng hạn", q.Petitions.ResolvedOnTime), Row("PAKN đang xử lý", q.Petitions.Pending),
            Row("Tỷ lệ PAKN đúng hạn (%)", Pct(q.Petitions.OnTimeRate)), Row("Tỷ lệ hài lòng về xử lý PAKN (%)", Pct(q.Petitions.Satisfaction)),
            Row("Bản tin đồng bộ Cổng DVC quốc gia", q.SyncMessages), Row("Đã gửi", q.SyncSent), Row("Chờ gửi", q.SyncPending),
            Row("Chờ gửi lại sau lỗi", q.SyncRetrying), Row("Gửi lỗi, chờ xử lý", q.SyncDeadLettered), Row("Tỷ lệ hồ sơ đã đồng bộ (%)", Pct(q.SyncRate)),
        };
        foreach (var item in q.Index.Items)
            rows.Add(Row($"766 — {item.Group}: {item.Indicator} (tối đa {item.Max})", item.Points));
        rows.Add(Row("766 — Tổng điểm tính được", Math.Round(q.Index.Points, 2)));
        rows.Add(Row("766 — Trên tổng điểm tối đa tính được", q.Index.ComputedMax));
        return new ReportTable($"Tình hình giải quyết hồ sơ — {q.ScopeName} — {Period(q.From, q.To)}", ["Chỉ tiêu", "Giá trị"], rows);
    }

    public static ReportTable Of(IReadOnlyList<DelayLine> lines, ReportPeriod period) => new(
        $"Danh sách đơn vị, cá nhân để xảy ra trễ hạn — {period.Scope.Name} — {Period(period.From, period.To)}",
        ["Cơ quan", "Mã cơ quan", "Đơn vị", "Tài khoản", "Cán bộ", "Số bước trễ hạn", "Số hồ sơ"],
        lines.Select(l => Row(l.AgencyName, l.AgencyEId, l.UnitCode, l.Officer, l.OfficerName, l.LateSteps, l.Dossiers)).ToList());

    public static ReportTable Of(IReadOnlyList<ApologyLine> lines, ReportPeriod period) => new(
        $"Danh sách văn bản xin lỗi — {period.Scope.Name} — {Period(period.From, period.To)}",
        ["Mã hồ sơ", "Thủ tục", "Cơ quan", "Đơn vị", "Trạng thái", "Ngày phát sinh", "Số văn bản", "Ngày ban hành", "Ngày hẹn ban đầu", "Ngày hẹn mới", "Lý do", "Có báo cáo giải trình"],
        lines.Select(l => Row(l.DossierCode, l.ProcedureName, l.AgencyName, l.UnitCode, l.Status == ApologyStatus.Issued ? "Đã ban hành" : "Chờ ký",
            l.OwedAt, l.Number, l.IssuedAt, l.OriginalAppointmentAt, l.NewReturnAt, l.Reason, l.HasExplanation ? "Có" : "Không")).ToList());

    public static ReportTable Of(IReadOnlyList<LogbookLine> lines, ReportPeriod period) => new(
        $"Sổ theo dõi hồ sơ — {period.Scope.Name} — {Period(period.From, period.To)}",
        ["STT", "Mã hồ sơ", "Tên thủ tục", "Tổ chức, cá nhân", "Địa chỉ", "Số điện thoại", "Cơ quan chủ trì giải quyết", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày trả kết quả", "Hình thức trả", "Ký nhận"],
        lines.Select(l => Row(l.No, l.Code, l.ProcedureName, l.ApplicantName, l.Address, l.Phone, l.LeadBody, l.ReceivedAt, l.AppointmentAt, l.ReturnedAt,
            Delivery(l.HowReturned), null)).ToList());

    public static ReportTable Of(ReviewAnalytics review, ReportPeriod period)
    {
        var rows = review.Steps.Select(s => Row(s.DefinitionId, s.ProcedureName, s.ActivityId, s.Title, s.Completed, s.AllottedHours, s.MedianHours,
            s.P90Hours, s.MedianWaitHours, s.OverAllotment, s.SentBack, Math.Round(s.SendBackRate * 100, 2))).ToList();
        rows.AddRange(review.Procedures.Select(p => Row(p.DefinitionId, p.ProcedureName, "(cả thủ tục)", $"Tiếp nhận {p.Received}, yêu cầu bổ sung {p.WithSupplementRequest}",
            p.Received, null, null, null, null, null, p.WithSupplementRequest, Math.Round(p.SupplementRate * 100, 2))));
        return new ReportTable($"Rà soát thời gian xử lý theo bước — {period.Scope.Name} — {Period(period.From, period.To)}",
            ["Quy trình", "Thủ tục", "Bước", "Tên bước", "Số lượt", "Thời gian quy định (giờ)", "Trung vị thực tế (giờ)", "Phân vị 90 (giờ)",
             "Trung vị chờ nhận (giờ)", "Số lượt vượt quy định", "Trả lại / yêu cầu bổ sung", "Tỷ lệ (%)"], rows);
    }

    private static IReadOnlyList<object?> Row(params object?[] cells) => cells;

    private static string Period(DateTimeOffset from, DateTimeOffset to) =>
        $"từ {ReportTable.Text(from)} đến trước {ReportTable.Text(to)}";

    private static string Delivery(ResultDelivery delivery) => delivery switch
    {
        ResultDelivery.ByPost => "Bưu chính công ích",
        ResultDelivery.Electronic => "Trực tuyến",
        _ => "Tại bộ phận một cửa",
    };
}
