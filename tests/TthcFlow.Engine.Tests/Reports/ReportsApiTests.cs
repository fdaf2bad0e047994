using System.Net;
using System.Text;
using ClosedXML.Excel;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tests.Api;

namespace TthcFlow.Engine.Tests.Reports;

/// <summary>The server over <see cref="ReportData"/>: who may see which scope, bad input, and the CSV and Excel files as a user opens them.</summary>
public sealed class ReportsApiFixture : IDisposable
{
    public ReportsApiFixture()
    {
        World.Clock.SetUtcNow(ReportData.To.AddDays(1)); // March is over: its figures are final
        Host = World.Start();
        var options = new DbContextOptionsBuilder<EngineDbContext>();
        options.UseEngineStore(StoreOptions.From(World.ConnectionString));
        using var db = new EngineDbContext(options.Options);
        ReportData.Seed(db, Host.Services.GetRequiredService<OrganisationModel>());
    }

    public ApiWorld World { get; } = new();
    public WebApplicationFactory<Program> Host { get; }

    /// <summary>The demo officer holding a role at an agency.</summary>
    public string Officer(string agencyEId, string role) => ApiWorld.Officers(Host).First(o => o.AgencyEId == agencyEId && o.Role == role).Username;

    public void Dispose()
    {
        Host.Dispose();
        World.Dispose();
    }
}

public sealed class ReportsApiTests(ReportsApiFixture fixture) : IClassFixture<ReportsApiFixture>
{
    private const string March = "from=2026-03-01T00:00:00%2B07:00&to=2026-04-01T00:00:00%2B07:00";
    private const string ProvinceCommittee = "000.00.00.H15";

    [Fact]
    public async Task Reports_need_a_signed_in_officer()
    {
        var response = await ApiWorld.Anonymous(fixture.Host).GetAsync($"/api/reports/summary?{March}");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_agency_officer_gets_their_agency_by_default_and_nothing_wider()
    {
        var client = await ApiWorld.SignInAsync(fixture.Host, fixture.Officer(ReportData.Committee, RoleCodes.Leader));

        var summary = await ApiWorld.JsonAsync(await client.GetAsync($"/api/reports/summary?{March}"), HttpStatusCode.OK);
        Assert.Equal(6, (int)summary["received"]!);
        Assert.Equal(5, (int)summary["resolved"]!);
        Assert.Equal(3.0 / 7, (double)summary["onTimeRate"]!, 10);
        Assert.Equal(2, (int)summary["lateWithoutApology"]!);

        foreach (var scope in new[] { "scope=Province", "scope=Commune&code=24175", $"scope=Agency&code={ReportData.Centre}" })
        {
            var problem = await ApiWorld.JsonAsync(await client.GetAsync($"/api/reports/summary?{March}&{scope}"), HttpStatusCode.Forbidden);
            Assert.Equal("NotYours", (string)problem["code"]!);
        }
    }

    [Fact]
    public async Task A_province_leader_sees_any_scope()
    {
        var client = await ApiWorld.SignInAsync(fixture.Host, fixture.Officer(ProvinceCommittee, RoleCodes.Leader));

        var province = await ApiWorld.JsonAsync(await client.GetAsync($"/api/reports/summary?{March}"), HttpStatusCode.OK);
        Assert.Equal(7, (int)province["received"]!);
        var commune = await ApiWorld.JsonAsync(await client.GetAsync($"/api/reports/summary?{March}&scope=Commune&code=24175"), HttpStatusCode.OK);
        Assert.Equal(7, (int)commune["receivedAtDesks"]!);
        Assert.Equal(1, (int)commune["locationIndependent"]!);
        var delays = await ApiWorld.JsonAsync(await client.GetAsync($"/api/reports/delays?{March}"), HttpStatusCode.OK);
        Assert.Equal(3, delays.AsArray().Count);
    }

    [Theory]
    [InlineData("/api/reports/summary?from=yesterday&to=2026-04-01", "from")]
    [InlineData("/api/reports/summary?to=2026-04-01", "from")]
    [InlineData("/api/reports/summary?from=2026-04-01&to=2026-03-01", "to")]
    [InlineData("/api/reports/summary?from=2025-01-01&to=2026-04-01", "to")]
    [InlineData("/api/reports/profits?from=2026-03-01&to=2026-04-01", "kind")]
    [InlineData("/api/reports/summary?from=2026-03-01&to=2026-04-01&format=pdf", "format")]
    [InlineData("/api/reports/summary?from=2026-03-01&to=2026-04-01&scope=Commune&code=99999", "code")]
    public async Task Bad_input_is_a_located_problem(string url, string field)
    {
        var client = await ApiWorld.SignInAsync(fixture.Host, fixture.Officer(ProvinceCommittee, RoleCodes.Leader));
        var problem = await ApiWorld.JsonAsync(await client.GetAsync(url), HttpStatusCode.BadRequest);
        Assert.Equal(field, (string)problem["field"]!);
    }

    [Fact]
    public async Task The_summary_exports_to_csv_with_vietnamese_headers()
    {
        var client = await ApiWorld.SignInAsync(fixture.Host, fixture.Officer(ReportData.Committee, RoleCodes.Leader));
        var response = await client.GetAsync($"/api/reports/summary?{March}&format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n");
        Assert.Equal("Chỉ tiêu,Giá trị", lines[0]);
        Assert.Contains("Hồ sơ tiếp nhận,6", lines);
        Assert.Contains("Đang giải quyết quá hạn,1", lines);
        Assert.Contains("Tỷ lệ đúng hạn (%),42.86", lines);
        Assert.Contains("Trễ hạn chưa có văn bản xin lỗi,2", lines);
    }

    [Fact]
    public async Task The_logbook_exports_to_an_excel_workbook_that_opens()
    {
        var client = await ApiWorld.SignInAsync(fixture.Host, fixture.Officer(ReportData.Centre, RoleCodes.DeskHead));
        var response = await client.GetAsync($"/api/reports/logbook?{March}&format=xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("bao-cao-logbook-20260301-20260401.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet(1);
        Assert.StartsWith("Sổ theo dõi hồ sơ", sheet.Cell(1, 1).GetString());
        Assert.Equal("Mã hồ sơ", sheet.Cell(3, 2).GetString());
        Assert.Equal("Ngày tiếp nhận", sheet.Cell(3, 8).GetString());
        Assert.Equal(10, sheet.RowsUsed().Count(r => r.RowNumber() > 3)); // seven dossiers and three petitions
        Assert.Equal("000.01.70.H15-260301-0001", sheet.Cell(4, 2).GetString());
        Assert.Equal(new DateTime(2026, 3, 2, 8, 0, 0), sheet.Cell(4, 8).GetDateTime());   // shown in Vietnam's time
        Assert.Equal(10, sheet.Cell(13, 1).GetValue<int>());
        Assert.Equal("Tại bộ phận một cửa", sheet.Cell(4, 11).GetString());
    }
}
