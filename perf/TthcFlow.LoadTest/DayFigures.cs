namespace TthcFlow.LoadTest;

/// <summary>What one replayed day produced: filings, commands, timers fired, backlog at its close, the wall time it took and the process's memory.</summary>
public sealed record DayFigures(
    DateOnly Day, int Filed, int Commands, long TimersFired, int OpenDossiers, double WallSeconds, double TimerCatchUpMs, double MemoryMb)
{
    public const string CsvHeader = "day,filed,commands,timersFired,openDossiers,wallSeconds,timerCatchUpMs,memoryMb";

    /// <summary>The day as a line of <c>days.csv</c> (written as each day ends, so a stopped run keeps its days).</summary>
    public string ToCsv() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Day:yyyy-MM-dd},{Filed},{Commands},{TimersFired},{OpenDossiers},{WallSeconds:F3},{TimerCatchUpMs:F1},{MemoryMb:F1}");
}
