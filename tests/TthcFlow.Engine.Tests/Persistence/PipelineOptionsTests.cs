using Microsoft.Extensions.Configuration;
using TthcFlow.Engine.Persistence;

namespace TthcFlow.Engine.Tests.Persistence;

/// <summary>The write pipeline's settings (<c>TthcFlow:Pipeline</c>): defaults, overrides, and a bad value named.</summary>
public sealed class PipelineOptionsTests
{
    private static IConfiguration Settings(params (string Key, string Value)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).Build();

    [Fact]
    public void Absent_settings_keep_the_defaults_and_given_ones_apply()
    {
        Assert.Equal(new PipelineOptions(), PipelineOptions.From(Settings()));
        var tuned = PipelineOptions.From(Settings(("TthcFlow:Pipeline:MaxBatchSize", "4096"), ("TthcFlow:Pipeline:CacheCapacity", "20000")));
        Assert.Equal(4096, tuned.MaxBatchSize);
        Assert.Equal(20_000, tuned.CacheCapacity);
        Assert.Equal(new PipelineOptions().QueueCapacity, tuned.QueueCapacity);
    }

    [Fact]
    public void A_batch_size_below_one_is_refused_naming_the_setting()
    {
        var error = Assert.Throws<ArgumentException>(() => PipelineOptions.From(Settings(("TthcFlow:Pipeline:MaxBatchSize", "0"))));
        Assert.Contains("TthcFlow:Pipeline:MaxBatchSize", error.Message);
    }
}
