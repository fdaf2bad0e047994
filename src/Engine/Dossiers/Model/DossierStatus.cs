namespace TthcFlow.Engine.Dossiers.Model;

/// <summary>
/// Trạng thái hồ sơ — the national status codes synchronised with the national public service
/// portal (DOMAIN.md §1). The numeric values are the portal's codes.
/// </summary>
public enum NationalStatus : byte
{
    /// <summary>1 — mới đăng ký: registered online, awaiting receipt (portal: receiving).</summary>
    Registered = 1,

    /// <summary>2 — được tiếp nhận: received (portal: new).</summary>
    Received = 2,

    /// <summary>3 — không được tiếp nhận: refused at receipt (portal: denied).</summary>
    NotReceived = 3,

    /// <summary>4 — đang xử lý: in process (portal: processing).</summary>
    InProcess = 4,

    /// <summary>5 — chờ bổ sung: waiting for the citizen's supplement (portal: waiting).</summary>
    WaitingForSupplement = 5,

    /// <summary>6 — chờ thực hiện nghĩa vụ tài chính (portal: paying).</summary>
    WaitingForFinancialObligation = 6,

    /// <summary>7 — công dân rút hồ sơ: withdrawn by the citizen (portal: cancelled).</summary>
    Withdrawn = 7,

    /// <summary>8 — dừng xử lý: processing stopped (portal: unresolved).</summary>
    Stopped = 8,

    /// <summary>9 — đã xử lý xong: processed, result ready to return (portal: releasing).</summary>
    Processed = 9,

    /// <summary>10 — đã trả kết quả: result returned (portal: done).</summary>
    Returned = 10,
}

/// <summary>
/// Where a dossier stands inside its national status — the sub-states the engine needs beyond the
/// national set (DOMAIN.md §1): supplement pause, liên thông stage, tax pause, faults.
/// </summary>
public enum DossierSubState : byte
{
    None = 0,

    /// <summary>Asked for supplements at receipt (yêu cầu bổ sung khi tiếp nhận): not received yet.</summary>
    SupplementAtReceipt = 1,

    /// <summary>Clock paused while the citizen supplements during processing (tạm dừng chờ bổ sung).</summary>
    SupplementPause = 2,

    /// <summary>At another agency in an inter-connected chain (đang liên thông).</summary>
    InterAgency = 3,

    /// <summary>Handed over to the competent unit of a location-independent dossier.</summary>
    LocationIndependentTransfer = 4,

    /// <summary>The procedure's instance faulted; an operator must look at it.</summary>
    Faulted = 5,

    /// <summary>Tạm dừng để xác minh, lấy ý kiến: suspended for verification, the clock paused.</summary>
    Suspended = 6,

    /// <summary>A second supplement request waits for the leader's approval before it goes out.</summary>
    SupplementAwaitingApproval = 7,
}

/// <summary>What the national portal calls each status (DOMAIN.md §1, "portal value").</summary>
public static class PortalStatus
{
    public static string Of(NationalStatus status) => status switch
    {
        NationalStatus.Registered => "receiving",
        NationalStatus.Received => "new",
        NationalStatus.NotReceived => "denied",
        NationalStatus.InProcess => "processing",
        NationalStatus.WaitingForSupplement => "waiting",
        NationalStatus.WaitingForFinancialObligation => "paying",
        NationalStatus.Withdrawn => "cancelled",
        NationalStatus.Stopped => "unresolved",
        NationalStatus.Processed => "releasing",
        NationalStatus.Returned => "done",
        _ => "unknown",
    };
}

/// <summary>Hình thức kết quả: how the result is issued.</summary>
public enum ResultForm : byte
{
    None = 0,

    /// <summary>Kết quả điện tử (counts for the 766 digitisation indicator).</summary>
    Electronic = 1,

    /// <summary>Kết quả bản giấy.</summary>
    Paper = 2,
}

/// <summary>Hình thức nhận kết quả: where the citizen collects the result.</summary>
public enum ResultDelivery : byte
{
    /// <summary>At the desk that received the dossier (trả tại Bộ phận Một cửa).</summary>
    AtDesk = 1,

    /// <summary>By public post (qua bưu chính công ích).</summary>
    ByPost = 2,

    /// <summary>Electronically (trực tuyến).</summary>
    Electronic = 3,
}
