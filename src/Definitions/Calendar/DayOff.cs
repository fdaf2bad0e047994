namespace TthcFlow.Definitions.Calendar;

/// <summary>Why a day is off.</summary>
public enum DayOffKind
{
    /// <summary>A public holiday (ngày nghỉ lễ, Tết) under Labour Code 2019 Art. 112, or a local observance.</summary>
    Holiday,

    /// <summary>A compensatory day off (nghỉ bù) for a holiday that fell on a weekly rest day.</summary>
    Compensatory,

    /// <summary>A swapped day off (nghỉ hoán đổi), worked back on a rest day (làm bù).</summary>
    Swapped,
}

/// <summary>
/// Days off in a yearly schedule (lịch nghỉ lễ): one day or an inclusive run of days, named in
/// Vietnamese and English, national or limited to one province (<see cref="Province"/>: the
/// province's administrative unit code, mã đơn vị hành chính).
/// </summary>
public sealed record DayOff(DateOnly From, DateOnly To, DayOffKind Kind, string NameVi, string NameEn, string? Province = null)
{
    /// <summary>A single day off.</summary>
    public DayOff(DateOnly date, DayOffKind kind, string nameVi, string nameEn, string? province = null)
        : this(date, date, kind, nameVi, nameEn, province)
    {
    }

    /// <summary>Whether the run includes the day.</summary>
    public bool Contains(DateOnly day) => From <= day && day <= To;

    /// <summary>The days of the run, in order.</summary>
    public IEnumerable<DateOnly> Days()
    {
        for (DateOnly day = From; day <= To; day = day.AddDays(1))
            yield return day;
    }
}

/// <summary>
/// An extra working day (ngày làm bù): a weekly rest day worked to make up for a swapped day
/// off, e.g. Saturday 22/8/2026 for Monday 31/8/2026. National, or limited to one province.
/// </summary>
public sealed record ExtraWorkingDay(DateOnly Date, string NameVi, string NameEn, string? Province = null);
