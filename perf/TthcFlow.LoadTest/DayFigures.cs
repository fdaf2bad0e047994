namespace TthcFlow.LoadTest;

/// <summary>What one replayed day produced: filings, commands, timers fired, backlog at its close, the wall time it took and the process's memory.</summary>
public sealed record DayFigures(
    DateOnly Day, int Filed, int Commands, long TimersFired, int OpenDossiers, double WallSeconds, double TimerCatchUpMs, double MemoryMb);
