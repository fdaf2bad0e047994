namespace TthcFlow.Definitions.Calendar;

/// <summary>
/// Vietnam's civil time (giờ Việt Nam): UTC+07:00 all year, no daylight saving. The calendar
/// expresses every instant it returns at this offset.
/// </summary>
public static class VietnamTime
{
    /// <summary>The offset of Vietnam's civil time from UTC.</summary>
    public static TimeSpan Offset { get; } = TimeSpan.FromHours(7);

    /// <summary>The same instant expressed in Vietnam time.</summary>
    public static DateTimeOffset ToVietnamTime(this DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>The civil date in Vietnam at the instant.</summary>
    public static DateOnly DateInVietnam(this DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>The instant at a Vietnam civil date and time of day.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) => new(date.ToDateTime(time), Offset);
}
