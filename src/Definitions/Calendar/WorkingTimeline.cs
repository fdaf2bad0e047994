namespace TthcFlow.Definitions.Calendar;

/// <summary>
/// The arithmetic behind <see cref="WorkingCalendar"/>: every local instant (Vietnam time, in
/// ticks since 0001-01-01) maps to its position on a working-time axis, the working time
/// elapsed since the start of the covered range. Positions come from a prefix count of working
/// days plus the time worked inside the day's sessions, and go back to instants through the
/// ordered list of working days: both O(1), no loop over days.
/// </summary>
internal sealed class WorkingTimeline
{
    private readonly int _firstDayNumber;
    private readonly int[] _workingDaysBefore;
    private readonly int[] _workingDays;
    private readonly long[] _sessionStart;
    private readonly long[] _sessionEnd;
    private readonly long[] _workBeforeSession;

    /// <param name="firstDayNumber">The <see cref="DateOnly.DayNumber"/> of the first covered day.</param>
    /// <param name="isWorking">For each covered day in order, whether it is a working day.</param>
    /// <param name="officeHours">The sessions of every working day.</param>
    internal WorkingTimeline(int firstDayNumber, bool[] isWorking, OfficeHours officeHours)
    {
        _firstDayNumber = firstDayNumber;
        _workingDaysBefore = new int[isWorking.Length + 1];
        var workingDays = new List<int>(isWorking.Length);
        for (int day = 0; day < isWorking.Length; day++)
        {
            _workingDaysBefore[day + 1] = _workingDaysBefore[day] + (isWorking[day] ? 1 : 0);
            if (isWorking[day])
                workingDays.Add(day);
        }
        _workingDays = [.. workingDays];

        int sessions = officeHours.Sessions.Count;
        _sessionStart = new long[sessions];
        _sessionEnd = new long[sessions];
        _workBeforeSession = new long[sessions];
        long worked = 0;
        for (int i = 0; i < sessions; i++)
        {
            _sessionStart[i] = officeHours.Sessions[i].Start.Ticks;
            _sessionEnd[i] = officeHours.Sessions[i].End.Ticks;
            _workBeforeSession[i] = worked;
            worked += _sessionEnd[i] - _sessionStart[i];
        }
        DayLength = worked;
    }

    /// <summary>Working ticks in one working day.</summary>
    internal long DayLength { get; }

    internal int DayCount => _workingDaysBefore.Length - 1;

    /// <summary>First covered local instant (midnight of the first day).</summary>
    internal long FirstTick => (long)_firstDayNumber * TimeSpan.TicksPerDay;

    /// <summary>First local instant after the covered range.</summary>
    internal long EndTick => (long)(_firstDayNumber + DayCount) * TimeSpan.TicksPerDay;

    internal bool Covers(DateOnly day) => (uint)(day.DayNumber - _firstDayNumber) < (uint)DayCount;

    internal bool IsWorking(DateOnly day)
    {
        int index = day.DayNumber - _firstDayNumber;
        return _workingDaysBefore[index + 1] != _workingDaysBefore[index];
    }

    /// <summary>The first working day on or after the day, if the range has one.</summary>
    internal bool TryWorkingDayOnOrAfter(DateOnly day, out DateOnly workingDay)
    {
        int rank = _workingDaysBefore[day.DayNumber - _firstDayNumber];
        bool found = rank < _workingDays.Length;
        workingDay = found ? DateOnly.FromDayNumber(_firstDayNumber + _workingDays[rank]) : default;
        return found;
    }

    /// <summary>The position of a covered local instant (caller checks the range).</summary>
    internal long Position(long localTicks)
    {
        int index = (int)(localTicks / TimeSpan.TicksPerDay) - _firstDayNumber;
        long position = _workingDaysBefore[index] * DayLength;
        if (_workingDaysBefore[index + 1] == _workingDaysBefore[index])
            return position;
        long timeOfDay = localTicks % TimeSpan.TicksPerDay;
        for (int i = 0; i < _sessionStart.Length && timeOfDay > _sessionStart[i]; i++)
            position += Math.Min(timeOfDay, _sessionEnd[i]) - _sessionStart[i];
        return position;
    }

    /// <summary>The earliest local instant at a position &gt; 0: a position that ends a session
    /// maps to that session's end (17:00 rather than the next morning's 07:00).</summary>
    internal bool TryEarliestAt(long position, out long localTicks)
    {
        localTicks = 0;
        if (position <= 0)
            return false;
        long day = (position - 1) / DayLength;
        if (day >= _workingDays.Length)
            return false;
        long within = position - day * DayLength;
        int session = 0;
        while (_workBeforeSession[session] + (_sessionEnd[session] - _sessionStart[session]) < within)
            session++;
        localTicks = LocalTicks((int)day, _sessionStart[session] + within - _workBeforeSession[session]);
        return true;
    }

    /// <summary>The latest local instant at a position ≥ 0: a position between sessions maps to
    /// the start of the next session (13:30 rather than 11:30).</summary>
    internal bool TryLatestAt(long position, out long localTicks)
    {
        localTicks = 0;
        if (position < 0)
            return false;
        long day = position / DayLength;
        if (day >= _workingDays.Length)
            return false;
        long within = position - day * DayLength;
        int session = 0;
        while (_workBeforeSession[session] + (_sessionEnd[session] - _sessionStart[session]) <= within)
            session++;
        localTicks = LocalTicks((int)day, _sessionStart[session] + within - _workBeforeSession[session]);
        return true;
    }

    private long LocalTicks(int workingDayRank, long timeOfDay) =>
        (long)(_firstDayNumber + _workingDays[workingDayRank]) * TimeSpan.TicksPerDay + timeOfDay;
}
