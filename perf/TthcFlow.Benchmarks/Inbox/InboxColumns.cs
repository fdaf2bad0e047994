using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace TthcFlow.Benchmarks.Inbox;

/// <summary>
/// The inbox job: in process (the 1 M-dossier store is opened once, no separate build; a time-out
/// of two hours, since the first run builds the store), the
/// monitoring strategy with one query per iteration, 5 warm-up and 100 measured iterations.
/// Mean with P50, P95, P99 and P100 of the measured iterations. BenchmarkDotNet has no P99
/// column; <see cref="P99Column"/> reads it from the same statistics (linear interpolation between
/// the closest ranks, as BenchmarkDotNet computes its own percentiles).
/// </summary>
internal sealed class InboxColumns : ManualConfig
{
    public InboxColumns()
    {
        AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(5).WithIterationCount(100)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromHours(2), logOutput: true)));
        AddColumn(StatisticColumn.P50, StatisticColumn.P95, new P99Column(), StatisticColumn.P100);
    }

    private sealed class P99Column : IColumn
    {
        public string Id => "P99";
        public string ColumnName => "P99";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Statistics;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Time;
        public string Legend => "Percentile 99 of the measured iterations (one query each)";
        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var statistics = summary[benchmarkCase]?.ResultStatistics;
            if (statistics is null)
                return "NA";
            double nanoseconds = statistics.Percentiles.Percentile(99);
            return $"{nanoseconds / 1_000_000:N2} ms";
        }
    }
}
