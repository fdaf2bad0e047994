using TthcFlow.Definitions.Activities;
using TthcFlow.Definitions.Calendar;
using TthcFlow.Engine.Dossiers.Commands;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Tasks;

namespace TthcFlow.LoadTest;

/// <summary>
/// How officers handle what lands in their inbox: they take a step some time after it opens and
/// finish it within its allotted working time — except a share of late ones, who overrun it (so
/// dossiers go overdue and owe apologies). Desk officers ask for supplements or refuse a share of
/// online filings; specialists send a share of dossiers back once.
/// </summary>
public sealed class OfficerBehaviour(WorkingCalendar calendar, OfficerRoster officers, Random random)
{
    /// <summary>Share of steps finished after their allotted time.</summary>
    public const double LateShare = 0.05;
    public const double SupplementShare = 0.10, RefusalShare = 0.02, SendBackShare = 0.04;

    private static readonly HashSet<string> NotForward = new(StringComparer.Ordinal)
    {
        "SentBack", "SendBack", "Returned", "NotApproved", "Refused", "Rejected", "Withdrawn", "Supplement",
    };

    /// <summary>When the officer takes the step and when they finish it, in working time from <paramref name="now"/>.</summary>
    public (DateTimeOffset ClaimAt, DateTimeOffset DoneAt) Timing(TaskSummary task, DateTimeOffset now)
    {
        var allotted = task.DueAt is { } due && due > now ? calendar.WorkingTimeBetween(now, due) : TimeSpan.FromHours(4);
        if (allotted < TimeSpan.FromMinutes(20))
            allotted = TimeSpan.FromMinutes(20);
        double claim = 0.02 + random.NextDouble() * 0.15;
        double done = random.NextDouble() < LateShare ? 1.1 + random.NextDouble() * 0.9 : claim + 0.1 + random.NextDouble() * 0.6;
        return (calendar.AddWorkingTime(now, allotted * claim), calendar.AddWorkingTime(now, allotted * done));
    }

    /// <summary>Nhận xử lý.</summary>
    public DossierCommand Claim(TaskSummary task) => new ClaimTask(task.Id, officers.For(task.AgencyEId, task.Role, task.UnitCode));

    /// <summary>The officer's decision on a step: its forward outcome mostly; a supplement, refusal or send-back sometimes.</summary>
    public DossierCommand Finish(TaskSummary task, bool mayReturn)
    {
        var officer = officers.For(task.AgencyEId, task.Role, task.UnitCode);
        double x = random.NextDouble();
        if (task.StepType == ActivityTypeNames.Receipt)
        {
            string decision = x < RefusalShare && task.Outcomes.Contains("Refused") ? "Refused"
                : x < RefusalShare + SupplementShare && task.Outcomes.Contains("Supplement") ? "Supplement"
                : "Accepted";
            return new CompleteTask(task.Id, decision, decision == "Accepted" ? null : "Hồ sơ chưa đủ thành phần theo quy định", officer);
        }
        if (mayReturn && x < SendBackShare && task.Outcomes.Any(SendBackTask.SendBackOutcomes.Contains))
            return new SendBackTask(task.Id, "Đề nghị kiểm tra lại nội dung thẩm định", officer);
        string outcome = task.Outcomes.FirstOrDefault(o => !NotForward.Contains(o)) ?? task.Outcomes.FirstOrDefault() ?? "Done";
        return new CompleteTask(task.Id, outcome, null, officer);
    }

    /// <summary>Ngày hẹn trả mới: three working days after the later of now and the date in force, at 16:00.</summary>
    public DateTimeOffset NewReturnDate(DateTimeOffset now, DateTimeOffset? due)
    {
        var from = due is { } d && d > now ? d : now;
        var day = from.DateInVietnam();
        for (int i = 0; i < 3; i++)
            day = calendar.NextWorkingDay(day);
        return new DateTimeOffset(day.ToDateTime(new TimeOnly(16, 0)), TimeSpan.FromHours(7));
    }
}
