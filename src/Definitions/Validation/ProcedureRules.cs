using System.Globalization;
using TthcFlow.Definitions.Activities;
using TthcFlow.Definitions.Calendar;
using TthcFlow.Definitions.Compilation;

namespace TthcFlow.Definitions.Validation;

/// <summary>
/// Rules for a TthcFlow procedure as a whole: its metadata (mã TTHC, thời hạn giải quyết), its
/// one-stop steps (tiếp nhận, trả kết quả) and the critical path of allotments against the legal limit.
/// </summary>
internal static class ProcedureRules
{
    public static void Check(GraphAnalysis analysis)
    {
        var definition = analysis.Definition;
        var types = definition.AllActivities().Select(a => a.Type).ToHashSet(StringComparer.Ordinal);
        var isProcedure = types.Any(t => t.StartsWith(ActivityTypeNames.TthcFlowPrefix, StringComparison.Ordinal));
        var procedure = definition.Procedure;
        if (isProcedure && procedure is null)
        {
            analysis.Error(IssueCodes.MissingProcedure, null, "customProperties.procedure",
                "Quy trình có các bước TthcFlow nhưng thiếu thông tin thủ tục (customProperties.procedure): mã TTHC, thời hạn giải quyết…",
                "The workflow has TthcFlow steps but no procedure metadata (customProperties.procedure): code, legal time limit, …");
        }

        if (procedure is not null)
        {
            if (string.IsNullOrWhiteSpace(procedure.Code))
            {
                analysis.Warning(IssueCodes.MissingProcedureCode, null, "procedure.code",
                    "Thông tin thủ tục chưa có mã TTHC.", "The procedure metadata has no procedure code.");
            }

            if (procedure.LegalLimit is { } limit)
                CheckLimit(analysis, limit);
            else
            {
                analysis.Error(IssueCodes.MissingLegalLimit, null, "procedure.legalLimit",
                    "Thông tin thủ tục chưa có thời hạn giải quyết (legalLimit).", "The procedure metadata has no legal time limit (legalLimit).");
            }
        }

        if (isProcedure && !types.Contains(ActivityTypeNames.Receipt))
        {
            analysis.Warning(IssueCodes.MissingReceipt, null, null, "Quy trình không có bước Tiếp nhận hồ sơ (TthcFlow.Receipt).",
                "The procedure has no receipt step (TthcFlow.Receipt).");
        }

        if (isProcedure && !types.Contains(ActivityTypeNames.ReturnResult))
        {
            analysis.Warning(IssueCodes.MissingReturnResult, null, null, "Quy trình không có bước Trả kết quả (TthcFlow.ReturnResult).",
                "The procedure has no return step (TthcFlow.ReturnResult).");
        }
    }

    private static void CheckLimit(GraphAnalysis analysis, TimeLimit limit)
    {
        var plan = analysis.Plan;
        var limitHours = AllotmentPlan.WorkingHoursOf(limit);
        var hours = Hours(plan.CriticalPathHours);
        var calendar = limit.Unit == TimeLimitUnit.CalendarDays;
        if (plan.CriticalPathHours > limitHours)
        {
            var path = string.Join(" → ", plan.CriticalPath.Select(i => analysis.Nodes[i])
                .Where(n => (n.Settings.CountsTowardLimit && n.Settings.AllottedHours > 0) || n.OwnContainer >= 0).Select(n => n.Label));
            analysis.Error(IssueCodes.ExceedsLegalLimit, null, "procedure.legalLimit",
                $"Đường dài nhất của quy trình cần {hours} giờ làm việc ({path}), vượt thời hạn giải quyết {limit} ({Hours(limitHours)} giờ làm việc)."
                + (calendar ? $" Thời hạn tính theo ngày được quy đổi tối đa {limit.Value} × 8 giờ, vì ngày lịch gồm cả ngày nghỉ." : ""),
                $"The longest path of the workflow needs {hours} working hours ({path}), beyond the legal limit of {English(limit)} ({Hours(limitHours)} working hours)."
                + (calendar ? $" A calendar-day limit is taken as at most {limit.Value} × 8 hours, since calendar days include days off." : ""));
        }
        else if (calendar && plan.CriticalPathHours > limitHours * 5 / 7)
        {
            analysis.Warning(IssueCodes.CalendarDaysLimitApproximated, null, "procedure.legalLimit",
                $"Đường dài nhất cần {hours} giờ làm việc; thời hạn {limit} chỉ được kiểm tra với mức tối đa {Hours(limitHours)} giờ. Ngày lịch gồm cả ngày nghỉ, nên hồ sơ nhận trước kỳ nghỉ có thể bị quá hạn.",
                $"The longest path needs {hours} working hours; the {English(limit)} limit is only checked against its upper bound of {Hours(limitHours)} hours. Calendar days include days off, so a dossier received before a holiday may run late.");
        }
    }

    private static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);

    private static string English(TimeLimit limit) => limit.Unit switch
    {
        TimeLimitUnit.WorkingDays => $"{Hours(limit.Value)} working days",
        TimeLimitUnit.WorkingHours => $"{Hours(limit.Value)} working hours",
        TimeLimitUnit.CalendarDays => $"{Hours(limit.Value)} calendar days",
        _ => "the same day",
    };
}
