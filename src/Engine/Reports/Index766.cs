namespace TthcFlow.Engine.Reports;

/// <summary>
/// Ngưỡng tính điểm của Bộ chỉ số 766 (Decision 766/QĐ-TTg): below its threshold an indicator
/// scores rate × max ÷ threshold, at or above it the maximum. Values from DOMAIN.md §6; configuration.
/// </summary>
public sealed record Index766Thresholds
{
    public double OnlineShare { get; init; } = 0.5;
    public double OnlinePayment { get; init; } = 0.5;
    public double Digitisation { get; init; } = 0.8;
    public double Reuse { get; init; } = 0.8;
    public double Satisfaction { get; init; } = 0.9;
}

/// <summary>One indicator of the 766 index: its group, maximum, the rate it is computed from and the points; null points when the system holds no data for it.</summary>
public sealed record Index766Item(string Group, string Indicator, double Max, double? Rate, double? Points);

/// <summary>
/// Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp (766) — the
/// indicators computable from dossiers and petitions; the others (catalogue publication, e-certified
/// copies, resident data) are listed with no points so the sheet shows what is missing.
/// </summary>
public sealed record Index766(IReadOnlyList<Index766Item> Items)
{
    /// <summary>Sum of the computed points.</summary>
    public double Points => Items.Sum(i => i.Points ?? 0);

    /// <summary>Sum of the maxima of the computed indicators (what <see cref="Points"/> is out of).</summary>
    public double ComputedMax => Items.Where(i => i.Points is not null).Sum(i => i.Max);

    public static double? Score(double? rate, double max, double? threshold = null) => rate switch
    {
        null => null,
        { } r when threshold is { } t && r < t => Math.Round(r * max / t, 2),
        { } r when threshold is not null => max,
        { } r => Math.Round(r * max, 2),
    };

    public static Index766 Of(ServiceQuality q, Index766Thresholds t) => new(
    [
        new("Công khai, minh bạch", "Đồng bộ hồ sơ lên Cổng DVC quốc gia", 6, q.SyncRate, Score(q.SyncRate, 6)),
        new("Công khai, minh bạch", "Công bố, công khai TTHC (ngoài dữ liệu hồ sơ)", 12, null, null),
        new("Tiến độ giải quyết", "Tỷ lệ hồ sơ đúng hạn", 20, q.OnTimeRate, Score(q.OnTimeRate, 20)),
        new("Dịch vụ trực tuyến", "Tỷ lệ hồ sơ trực tuyến", 12, q.OnlineShare, Score(q.OnlineShare, 12, t.OnlineShare)),
        new("Thanh toán trực tuyến", "Tỷ lệ hồ sơ thanh toán trực tuyến", 10, q.OnlinePaidShare, Score(q.OnlinePaidShare, 10, t.OnlinePayment)),
        new("Số hóa", "Kết quả điện tử", 6, q.ElectronicResultShare, Score(q.ElectronicResultShare, 6, t.Digitisation)),
        new("Số hóa", "Hồ sơ được số hóa", 4, q.DigitisedShare, Score(q.DigitisedShare, 4, t.Digitisation)),
        new("Số hóa", "Khai thác, tái sử dụng dữ liệu số hóa", 4, q.ReusedShare, Score(q.ReusedShare, 4, t.Reuse)),
        new("Số hóa", "Chứng thực điện tử, thay thế bằng dữ liệu, dữ liệu dân cư (ngoài dữ liệu hồ sơ)", 8, null, null),
        new("Mức độ hài lòng", "Hài lòng về giải quyết hồ sơ", 6, q.DossierSatisfaction, Score(q.DossierSatisfaction, 6, t.Satisfaction)),
        new("Mức độ hài lòng", "Xử lý phản ánh, kiến nghị đúng hạn", 6, q.Petitions.OnTimeRate, Score(q.Petitions.OnTimeRate, 6)),
        new("Mức độ hài lòng", "Hài lòng về xử lý phản ánh, kiến nghị", 6, q.Petitions.Satisfaction, Score(q.Petitions.Satisfaction, 6, t.Satisfaction)),
    ]);
}
