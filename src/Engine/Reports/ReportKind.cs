namespace TthcFlow.Engine.Reports;

/// <summary>The reports the module serves (the last segment of <c>/api/reports/{kind}</c> and the CLI's first argument).</summary>
public enum ReportKind : byte
{
    /// <summary>Tình hình giải quyết hồ sơ và Bộ chỉ số 766.</summary>
    Summary = 1,

    /// <summary>Danh sách đơn vị, cá nhân để xảy ra trễ hạn.</summary>
    Delays = 2,

    /// <summary>Danh sách văn bản xin lỗi.</summary>
    Apologies = 3,

    /// <summary>Sổ theo dõi hồ sơ.</summary>
    Logbook = 4,

    /// <summary>Rà soát, đơn giản hóa: thời gian thực tế theo bước, trả lại, yêu cầu bổ sung.</summary>
    Review = 5,
}

/// <summary>How a report is delivered.</summary>
public enum ReportFormat : byte
{
    Json = 1,
    Csv = 2,
    Xlsx = 3,
}
