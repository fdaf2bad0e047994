namespace TthcFlow.LoadTest;

/// <summary>A one-line progress bar on the console: replayed days, dossiers filed, commands run.</summary>
public sealed class ProgressBar(TextWriter output)
{
    private const int Width = 40;

    public void Show(int day, int days, int filed, long commands)
    {
        int full = days == 0 ? Width : day * Width / days;
        output.Write($"\r[{new string('#', full)}{new string('.', Width - full)}] day {day}/{days}  filed {filed:N0}  commands {commands:N0}   ");
    }

    public void Done() => output.WriteLine();
}
