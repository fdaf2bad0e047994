using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using TthcFlow.Engine.Tests.Api;

namespace TthcFlow.Engine.Tests.Fuzzing;

/// <summary>What the fuzz runs found, kept as plain regression tests: each was a 500 and is now a located 400 that changes nothing.</summary>
public sealed class FuzzFindingsTests(ApiHostFixture fixture) : IClassFixture<ApiHostFixture>
{
    private WebApplicationFactory<Program> Host => fixture.Host;

    [Theory]
    [InlineData("/api/logbook?to=0001-01-01T00:00:00-14:00", "to")]
    [InlineData("/api/logbook?from=9999-12-31T23:59:59%2B14:00", "from")]
    [InlineData("/api/inbox?from=0001-01-01", "from")]
    [InlineData("/api/reports/summary?from=0001-01-01&to=0001-06-01", "from")]
    public async Task An_instant_at_the_edge_of_the_calendar_is_a_400_naming_the_argument(string url, string field)
    {
        var desk = await ApiWorld.SignInAsync(Host, "lanhdao.hoaphu");

        var problem = await ApiWorld.JsonAsync(await desk.GetAsync(url), HttpStatusCode.BadRequest);

        Assert.Equal(field, (string)problem["field"]!);
    }

    [Fact]
    public async Task A_definition_with_an_unpaired_surrogate_escape_is_refused_at_its_path_and_not_stored()
    {
        var designer = await ApiWorld.SignInAsync(Host, "thietke.ubndtinh");
        var text = File.ReadAllText(Path.Combine(Hosting.RepoPaths.Workflows, "procedures", "certified-copy.json"))
            .Replace("\"name\": \"", "\"name\": \"\\ud800", StringComparison.Ordinal);
        var before = fixture.World.Column("SELECT COUNT(*) FROM definitions");

        var response = await ApiWorld.PostAsync(designer, "/api/definitions", text);

        var problem = await ApiWorld.JsonAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("unpaired UTF-16 surrogate", (string)problem["detail"]!);
        Assert.Equal(before, fixture.World.Column("SELECT COUNT(*) FROM definitions"));
    }
}
