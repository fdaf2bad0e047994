using System.Text;
using ClosedXML.Excel;
using TthcFlow.Engine.Reports;
using TthcFlow.Engine.Tests.Hosting;

namespace TthcFlow.Engine.Tests.Reports;

/// <summary>The <c>report</c> verb over <see cref="ReportData"/>: files written and read back, bad arguments refused with exit code 2.</summary>
public sealed class ReportCommandTests : IAsyncLifetime
{
    private readonly ReportWorld _world = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("tthcflow-report-cli-").FullName;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _world.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private string[] Args(params string[] rest) =>
        [.. rest, "--from", "2026-03-01T00:00:00+07:00", "--to", "2026-04-01T00:00:00+07:00", "--store", _world.Store.ConnectionString, "--workflows", RepoPaths.Workflows];

    [Fact]
    public async Task The_delay_list_is_written_as_csv()
    {
        string file = Path.Combine(_folder, "delays.csv");
        Assert.Equal(0, await ReportCommand.RunAsync(Args("delays", "--scope", "Agency", "--code", ReportData.Committee, "--out", file)));

        var lines = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Cơ quan,Mã cơ quan,Đơn vị,Tài khoản,Cán bộ,Số bước trễ hạn,Số hồ sơ", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.EndsWith(",VP,cv1,Cán bộ cv1,2,2", lines[1]);
    }

    [Fact]
    public async Task The_review_is_written_as_a_workbook()
    {
        string file = Path.Combine(_folder, "review.xlsx");
        Assert.Equal(0, await ReportCommand.RunAsync(Args("review", "--scope", "Agency", "--code", ReportData.Committee, "--format", "xlsx", "--out", file)));

        using var workbook = new XLWorkbook(file);
        var sheet = workbook.Worksheet(1);
        Assert.Equal("Trung vị thực tế (giờ)", sheet.Cell(3, 7).GetString());
        Assert.Equal("Appraise", sheet.Cell(4, 3).GetString());
        Assert.Equal(24, sheet.Cell(4, 7).GetValue<double>());
        Assert.Equal(25, sheet.Cell(4, 8).GetValue<double>());
    }

    [Theory]
    [InlineData("profits")]
    [InlineData("summary", "--scope", "Commune", "--code", "99999")]
    [InlineData("summary", "--format", "pdf")]
    [InlineData("summary", "--format", "xlsx")]
    public async Task Bad_arguments_exit_with_2_and_write_nothing(params string[] args)
    {
        Assert.Equal(2, await ReportCommand.RunAsync(Args(args)));
        Assert.Empty(Directory.GetFiles(_folder));
    }
}
