using TthcFlow.Definitions.Procedures;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Tasks;

namespace TthcFlow.Engine.Dossiers.Queries;

/// <summary>The inbox lists officers know from production systems (DOMAIN.md §9).</summary>
public enum InboxList
{
    /// <summary>Hồ sơ trực tuyến chờ tiếp nhận: online dossiers waiting at this desk (status 1).</summary>
    AwaitingOnlineReceipt,

    /// <summary>Hồ sơ mới tiếp nhận: steps of received dossiers not yet started on (status 2).</summary>
    NewlyReceived,

    /// <summary>Đang xử lý: the unit's live steps of dossiers in process.</summary>
    InProcess,

    /// <summary>Đang liên thông: transfers from other agencies waiting at this unit, and the steps of the internal procedures it runs for them.</summary>
    InterAgency,

    /// <summary>Chờ thực hiện nghĩa vụ tài chính (status 6).</summary>
    WaitingForFinancialObligation,

    /// <summary>Sắp đến hạn: live steps within the near-due window.</summary>
    NearDue,

    /// <summary>Quá hạn: live steps past their due instant.</summary>
    Overdue,

    /// <summary>Chờ trả kết quả: results ready to hand back (status 9).</summary>
    WaitingToReturn,

    /// <summary>Chờ bổ sung: dossiers received here that wait for the citizen (status 5).</summary>
    WaitingForSupplement,

    /// <summary>Từ chối tiếp nhận: dossiers refused at this desk (status 3).</summary>
    Refused,

    /// <summary>Đã trả kết quả: dossiers returned by this desk (status 10).</summary>
    Returned,

    /// <summary>Của tôi: live steps the officer took or was assigned.</summary>
    Mine,
}

/// <summary>Tình trạng hạn: green, yellow (&lt; near-due window) or red.</summary>
public enum DueState
{
    OnTime,
    NearDue,
    Overdue,
}

/// <summary>One page of an inbox list, with filters and search.</summary>
public sealed record InboxQuery
{
    public InboxList List { get; init; } = InboxList.InProcess;
    public string? DefinitionId { get; init; }
    public string? ProcedureCode { get; init; }
    public string? Field { get; init; }
    public SubmissionChannel? Channel { get; init; }

    /// <summary>Submitted on or after.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Submitted before.</summary>
    public DateTimeOffset? To { get; init; }
    public DueState? Due { get; init; }

    /// <summary>A dossier code (or its beginning), an applicant's ID number, or part of an applicant's name (<see cref="DossierSearch"/>).</summary>
    public string? Search { get; init; }

    /// <summary>
    /// Đã trả kết quả: how many days back the returned list (and its counter) reaches, by the
    /// instant the result was handed back; 0 for all. A search looks through all of them.
    /// </summary>
    public int ReturnedDays { get; init; } = DefaultReturnedDays;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;

    public const int MaxPageSize = 200;

    /// <summary>The returned list's default reach: a month of hand-backs, what a desk looks back on.</summary>
    public const int DefaultReturnedDays = 30;

    /// <summary>Where the returned list starts at <paramref name="now"/>, or null when it reaches back to the first dossier.</summary>
    public DateTimeOffset? ReturnedSince(DateTimeOffset now) =>
        ReturnedDays > 0 && string.IsNullOrWhiteSpace(Search) ? now.AddDays(-ReturnedDays) : null;
}

/// <summary>A line of an inbox: the dossier, and the step when the list is made of steps.</summary>
public sealed record InboxItem(
    long DossierId,
    string Code,
    string? ProcedureName,
    string? Field,
    SubmissionChannel Channel,
    string ApplicantName,
    NationalStatus Status,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? AppointmentAt,
    DateTimeOffset? WorkingDueAt,
    long? TaskId,
    string? StepTitle,
    OfficerTaskStatus? TaskStatus,
    string? Holder,
    IReadOnlyList<string> Outcomes,
    DateTimeOffset? StepDueAt,
    DueState DueState);

/// <summary>
/// A page of a list, its total, and the counter of every list for the same officer and filters;
/// for the returned list, where its period starts (null: all returned dossiers).
/// </summary>
public sealed record InboxPage(
    IReadOnlyList<InboxItem> Items, int Total, int Page, int PageSize, IReadOnlyDictionary<InboxList, int> Counters,
    DateTimeOffset? ReturnedSince = null);
