namespace TthcFlow.LoadTest;

/// <summary>
/// What one replayed day produced: filings, commands, timers fired, backlog at its close, the wall
/// time it took, the process's memory, and the status messages the national portal had not yet
/// acknowledged at the close (0 without the portal; counted after the day's wall time is taken).
/// </summary>
public sealed record DayFigures(
    DateOnly Day, int Filed, int Commands, long TimersFired, int OpenDossiers, double WallSeconds, double TimerCatchUpMs, double MemoryMb,
    int PortalBacklog = 0)
{
    public const string CsvHeader = "day,filed,commands,timersFired,openDossiers,wallSeconds,timerCatchUpMs,memoryMb,portalBacklog";

    /// <summary>The day as a line of <c>days.csv</c> (written as each day ends, so a stopped run keeps its days).</summary>
    public string ToCsv() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Day:yyyy-MM-dd},{Filed},{Commands},{TimersFired},{OpenDossiers},{WallSeconds:F3},{TimerCatchUpMs:F1},{MemoryMb:F1},{PortalBacklog}");
}
