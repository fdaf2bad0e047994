namespace TthcFlow.Definitions.Calendar;

/// <summary>
/// A date of the Vietnamese lunar calendar (ngày âm lịch): the lunar year (named after the
/// Gregorian year in which its Tết falls), the month 1..12, the day 1..30, and whether the
/// month is the intercalary month (tháng nhuận) that repeats the number of the month before it.
/// </summary>
public readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth = false)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Day:00}/{Month:00}{(IsLeapMonth ? " nhuận" : "")}/{Year} âm lịch";
}
