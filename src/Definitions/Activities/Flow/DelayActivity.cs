using TthcFlow.Definitions.Model;

namespace TthcFlow.Definitions.Activities;

/// <summary><c>Elsa.Delay</c>: waits for a duration on a durable timer (chờ một khoảng thời gian).</summary>
public sealed class DelayActivity : ActivityType
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        Type = ActivityTypeNames.Delay,
        DisplayName = new("Chờ", "Delay"),
        Category = "Scheduling",
        Description = new("Chờ một khoảng thời gian rồi tiếp tục.", "Waits for a duration, then continues."),
        Inputs = [new("timeSpan", "TimeSpan", InputEditor.TimeSpan, true, null, new("Thời gian chờ", "Duration"))],
        Outcomes = ["Done"],
        Waits = ActivityWaits.Timer,
    };

    public override ActivitySettings CompileSettings(Activity activity, SettingsContext context)
    {
        var expression = context.Expression("timeSpan");
        return new TimerSettings(expression ?? Expression.Literal("00:00:00"), context.Duration(expression, "timeSpan"));
    }
}

/// <summary>
/// <c>Elsa.Timer</c>: fires after an interval (hẹn giờ); as a trigger (<c>canStartWorkflow</c>) it
/// starts the workflow every interval.
/// </summary>
public sealed class TimerActivity : ActivityType
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        Type = ActivityTypeNames.Timer,
        DisplayName = new("Hẹn giờ", "Timer"),
        Category = "Scheduling",
        Description = new("Kích hoạt sau mỗi khoảng thời gian.", "Fires after each interval."),
        Inputs = [new("interval", "TimeSpan", InputEditor.TimeSpan, true, null, new("Chu kỳ", "Interval"))],
        Outcomes = ["Done"],
        Waits = ActivityWaits.Timer,
    };

    public override ActivitySettings CompileSettings(Activity activity, SettingsContext context)
    {
        var expression = context.Expression("interval");
        return new TimerSettings(expression ?? Expression.Literal("00:00:00"), context.Duration(expression, "interval"));
    }
}

/// <summary>A timer's duration: the expression, and its value when it is a constant.</summary>
public sealed record TimerSettings(Expression Duration, TimeSpan? Constant) : ActivitySettings;
