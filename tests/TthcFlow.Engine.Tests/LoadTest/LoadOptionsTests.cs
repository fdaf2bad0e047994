using TthcFlow.LoadTest;

namespace TthcFlow.Engine.Tests.LoadTest;

/// <summary>The harness's options: a quick run by default, a province-year when a province's volume is given, bad values named.</summary>
public sealed class LoadOptionsTests
{
    [Fact]
    public void With_no_options_it_is_the_quick_run()
    {
        var options = LoadOptions.Parse([]);
        Assert.Equal((40_000, 20, new DateOnly(2026, 1, 1)), (options.DossiersPerYear, options.Days, options.FirstDay));
    }

    [Fact]
    public void A_volume_given_without_days_is_replayed_to_the_thirty_first_of_december()
    {
        Assert.Equal(365, LoadOptions.Parse(["--dossiers", "1500000"]).Days);
        Assert.Equal(31, LoadOptions.Parse(["--dossiers", "1500000", "--start", "2026-12-01"]).Days);
        Assert.Equal(6, LoadOptions.Parse(["--dossiers", "1500000", "--days", "6"]).Days);
    }

    [Theory]
    [InlineData("--dossiers", "0", "--dossiers")]
    [InlineData("--days", "many", "--days")]
    [InlineData("--start", "01/02/2026", "--start")]
    [InlineData("--colour", "red", "--colour")]
    public void A_bad_option_is_refused_with_its_name(string name, string value, string named)
    {
        var error = Assert.Throws<ArgumentException>(() => LoadOptions.Parse([name, value]));
        Assert.Contains(named, error.Message);
    }
}
