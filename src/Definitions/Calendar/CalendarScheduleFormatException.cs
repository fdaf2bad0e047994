namespace TthcFlow.Definitions.Calendar;

/// <summary>
/// A calendar schedule's JSON is invalid. <see cref="Path"/> locates the fault
/// (e.g. <c>$.daysOff[3].date</c>); the message says what is wrong there.
/// </summary>
public sealed class CalendarScheduleFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public CalendarScheduleFormatException(string path, string reason, Exception? inner = null)
        : base($"{path}: {reason}", inner)
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>The JSON path of the fault.</summary>
    public string Path { get; }

    /// <summary>What is wrong, without the path.</summary>
    public string Reason { get; }
}
