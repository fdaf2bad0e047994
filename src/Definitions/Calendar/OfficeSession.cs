namespace TthcFlow.Definitions.Calendar;

/// <summary>
/// One session of office hours (buổi làm việc), e.g. the morning 07:00–11:30, in Vietnam time.
/// <see cref="Start"/> is inside the session, <see cref="End"/> is not.
/// </summary>
public readonly record struct OfficeSession(TimeOnly Start, TimeOnly End)
{
    /// <summary>The working time the session holds.</summary>
    public TimeSpan Length => End - Start;

    /// <inheritdoc />
    public override string ToString() => $"{Start:HH\\:mm}–{End:HH\\:mm}";
}
