using System.Globalization;
using System.Text.Json.Serialization;

namespace TthcFlow.Definitions.Calendar;

/// <summary>How a legal time limit (thời hạn giải quyết) is counted.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TimeLimitUnit>))]
public enum TimeLimitUnit
{
    /// <summary>Ngày làm việc: each day is one working day's office time (8 working hours),
    /// counted from the start of work.</summary>
    WorkingDays,

    /// <summary>Giờ làm việc: working hours inside office sessions, counted from the start of work.</summary>
    WorkingHours,

    /// <summary>Ngày (calendar days): every day counts from the day after receipt; a last day
    /// that is not a working day moves to the next working day; due at the close of office hours.</summary>
    CalendarDays,

    /// <summary>Trong ngày (same day): received before the cut-off → due at the close of that
    /// working day; at or after it → at the close of the next working day. The value is not used.</summary>
    SameDay,
}

/// <summary>
/// A legal or allotted time limit (thời hạn giải quyết), e.g. 3 working days, 0.5 working day,
/// 2 working hours, 15 calendar days, same day. Serialises as <c>{"value": 3, "unit": "WorkingDays"}</c>.
/// </summary>
public readonly record struct TimeLimit
{
    /// <summary>Creates a limit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative, or a fraction of a calendar day.</exception>
    [JsonConstructor]
    public TimeLimit(decimal value, TimeLimitUnit unit)
    {
        if (!Enum.IsDefined(unit))
            throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown time-limit unit.");
        if (value < 0)
            throw new ArgumentOutOfRangeException(nameof(value), value, "A time limit cannot be negative.");
        if (unit == TimeLimitUnit.CalendarDays && decimal.Truncate(value) != value)
            throw new ArgumentOutOfRangeException(nameof(value), value, "Calendar-day limits count whole days.");
        Value = value;
        Unit = unit;
    }

    /// <summary>The number of units (not used for <see cref="TimeLimitUnit.SameDay"/>).</summary>
    public decimal Value { get; }

    /// <summary>How the value is counted.</summary>
    public TimeLimitUnit Unit { get; }

    /// <summary>A limit in working days (ngày làm việc).</summary>
    public static TimeLimit WorkingDays(decimal days) => new(days, TimeLimitUnit.WorkingDays);

    /// <summary>A limit in working hours (giờ làm việc).</summary>
    public static TimeLimit WorkingHours(decimal hours) => new(hours, TimeLimitUnit.WorkingHours);

    /// <summary>A limit in calendar days (ngày).</summary>
    public static TimeLimit CalendarDays(int days) => new(days, TimeLimitUnit.CalendarDays);

    /// <summary>The same-day limit (trong ngày, with the cut-off rule).</summary>
    public static TimeLimit SameDay { get; } = new(0, TimeLimitUnit.SameDay);

    /// <inheritdoc />
    public override string ToString() => Unit switch
    {
        TimeLimitUnit.WorkingDays => $"{Value.ToString(CultureInfo.InvariantCulture)} ngày làm việc",
        TimeLimitUnit.WorkingHours => $"{Value.ToString(CultureInfo.InvariantCulture)} giờ làm việc",
        TimeLimitUnit.CalendarDays => $"{Value.ToString(CultureInfo.InvariantCulture)} ngày",
        _ => "trong ngày",
    };
}
