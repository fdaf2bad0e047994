namespace TthcFlow.Benchmarks.Scheduling;

/// <summary>Counts fires of the current invocation and completes when the expected number is reached.</summary>
internal static class FireCounter
{
    private static long _remaining;
    private static TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static Task Expect(long count)
    {
        _done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Interlocked.Exchange(ref _remaining, count);
        return _done.Task;
    }

    public static void Fired(long count = 1)
    {
        if (Interlocked.Add(ref _remaining, -count) == 0)
            _done.TrySetResult();
    }
}
