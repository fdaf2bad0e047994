using System.Globalization;
using TthcFlow.Engine.Runtime;

namespace TthcFlow.Engine.Scheduling;

/// <summary>
/// Đồng hồ của máy — the engine's clock: the real one, or with <c>serve --clock simulated</c> a
/// <see cref="VirtualClock"/> for training and demos that only an administrator moves
/// (<c>POST /api/admin/clock/advance</c>). It starts at the real instant, or at
/// <c>--clock-start</c> (an ISO 8601 instant).
/// </summary>
public sealed class EngineClock
{
    /// <summary>The configuration key (<c>--clock</c>) and its two values.</summary>
    public const string ModeKey = "clock", StartKey = "clock-start", Real = "real", Simulated = "simulated";

    private EngineClock(TimeProvider time, VirtualClock? simulated) => (Time, Virtual) = (time, simulated);

    /// <summary>What every service reads the time from.</summary>
    public TimeProvider Time { get; }

    /// <summary>The virtual clock in simulated mode; null on the real clock.</summary>
    public VirtualClock? Virtual { get; }

    public bool IsSimulated => Virtual is not null;

    /// <summary>The real clock given, unchanged.</summary>
    public static EngineClock RealTime(TimeProvider real) => new(real, null);

    /// <summary>Reads <c>clock</c> and <c>clock-start</c>; <paramref name="real"/> is the clock otherwise in use.</summary>
    /// <exception cref="ArgumentException">An unknown mode or an unreadable start instant, with the key named.</exception>
    public static EngineClock From(string? mode, string? start, TimeProvider real)
    {
        if (string.IsNullOrWhiteSpace(mode) || mode.Equals(Real, StringComparison.OrdinalIgnoreCase))
            return RealTime(real);
        if (!mode.Equals(Simulated, StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException($"--{ModeKey} must be '{Real}' or '{Simulated}', not '{mode}'.");
        var origin = real.GetUtcNow().ToOffset(TimeSpan.FromHours(7));
        if (!string.IsNullOrWhiteSpace(start)
            && !DateTimeOffset.TryParse(start, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out origin))
            throw new ArgumentException($"--{StartKey} must be an ISO 8601 instant such as 2026-03-02T08:00+07:00, not '{start}'.");
        var clock = new VirtualClock(origin);
        return new EngineClock(clock, clock);
    }
}
