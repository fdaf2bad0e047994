using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Definitions.Procedures;
using TthcFlow.Engine.Dossiers.Commands;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Dossiers.Procedures;
using TthcFlow.Engine.Dossiers.Queries;
using TthcFlow.Engine.Organisation;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Runtime;
using TthcFlow.Engine.Scheduling;
using TthcFlow.Engine.Security;
using TthcFlow.Engine.Tasks;
using TthcFlow.Engine.Tests.Hosting;
using TthcFlow.Engine.Tests.Persistence;

namespace TthcFlow.Engine.Tests.Scheduling;

/// <summary><c>serve --clock simulated</c>: the host on a virtual clock, its scheduler, and the administrator's clock endpoints.</summary>
public sealed class SimulatedClockTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(7));
    private readonly EngineFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_simulated_host_reads_a_virtual_clock_and_its_scheduler_fires_a_dossier_timer_when_the_clock_is_advanced()
    {
        using var host = Host(simulated: true);
        var services = host.Services;
        var clock = services.GetRequiredService<EngineClock>();
        var pipeline = services.GetRequiredService<CommitPipeline>();

        var dossier = (await pipeline.ExecuteAsync(Filing(services))).Dossier!;
        foreach (var outcome in new[] { "Approved", "Signed" })
        {
            var task = dossier.ActiveTasks.Single();
            dossier = (await pipeline.ExecuteAsync(new CompleteTask(task.Id, outcome, null, OfficerFor(services, task)))).Dossier!;
        }
        var waiting = (await services.GetRequiredService<DossierQueries>().FindAsync(dossier.Id))!.Dossier.Status;
        clock.Virtual!.Advance(WaitingProcedures.DelayDuration);
        await services.GetRequiredService<TimerScheduler>().WhenCaughtUpAsync();
        var detail = await services.GetRequiredService<DossierQueries>().FindAsync(dossier.Id);

        Assert.Same(clock.Virtual, services.GetRequiredService<TimeProvider>());
        Assert.Equal(Start + WaitingProcedures.DelayDuration, clock.Virtual.Now);
        Assert.Equal(NationalStatus.InProcess, waiting);
        Assert.Equal(NationalStatus.Processed, detail!.Dossier.Status);
    }

    [Fact]
    public void The_normal_host_keeps_the_real_clock()
    {
        using var host = Host(simulated: false);
        var clock = host.Services.GetRequiredService<EngineClock>();

        Assert.False(clock.IsSimulated);
        Assert.Same(TimeProvider.System, host.Services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public async Task An_administrator_reads_and_advances_the_simulated_clock()
    {
        await using var app = await ClockApp(EngineClock.From(EngineClock.Simulated, Start.ToString("O"), TimeProvider.System));
        using var http = app.GetTestClient();

        var read = await http.GetFromJsonAsync<JsonElement>("/api/admin/clock");
        var byTwoHours = await http.PostAsJsonAsync("/api/admin/clock/advance", new { by = "PT2H" });
        var toMonday = await http.PostAsJsonAsync("/api/admin/clock/advance", new { to = "2026-03-09T08:00:00+07:00" });
        var byDays = await http.PostAsJsonAsync("/api/admin/clock/advance", new { by = "1.00:00:00" });

        Assert.Equal(Start, read.GetProperty("now").GetDateTimeOffset());
        Assert.True(read.GetProperty("simulated").GetBoolean());
        Assert.Equal(Start.AddHours(2), (await byTwoHours.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("now").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 8, 0, 0, TimeSpan.FromHours(7)), (await toMonday.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("now").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.FromHours(7)), (await byDays.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("now").GetDateTimeOffset());
    }

    [Theory]
    [InlineData("{\"to\":\"2026-03-01T08:00:00+07:00\"}", "to")]
    [InlineData("{\"to\":\"tomorrow\"}", "to")]
    [InlineData("{\"by\":\"-PT1H\"}", "by")]
    [InlineData("{\"by\":\"an hour\"}", "by")]
    [InlineData("{\"by\":3600}", "by")]
    [InlineData("{}", "to")]
    [InlineData("{\"to\":\"2026-03-09T08:00:00+07:00\",\"by\":\"PT1H\"}", "by")]
    [InlineData("{\"by\":", "body")]
    [InlineData("[]", "body")]
    public async Task A_bad_advance_is_refused_with_the_field_named_and_the_clock_unmoved(string body, string field)
    {
        var clock = EngineClock.From(EngineClock.Simulated, Start.ToString("O"), TimeProvider.System);
        await using var app = await ClockApp(clock);
        using var http = app.GetTestClient();

        var response = await http.PostAsync("/api/admin/clock/advance", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.Equal(Start, clock.Virtual!.Now);
    }

    [Fact]
    public async Task On_the_real_clock_the_clock_endpoints_are_not_there()
    {
        await using var app = await ClockApp(EngineClock.RealTime(TimeProvider.System));
        using var http = app.GetTestClient();

        var read = await http.GetAsync("/api/admin/clock");
        var advance = await http.PostAsJsonAsync("/api/admin/clock/advance", new { by = "PT1H" });

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, advance.StatusCode);
        Assert.Equal("application/problem+json", advance.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>The engine with dossiers, on the simulated clock or the real one, with the waiting procedures published.</summary>
    private WebApplicationFactory<Program> Host(bool simulated)
    {
        var host = _factory.WithWebHostBuilder(b =>
        {
            if (simulated)
            {
                b.UseSetting(EngineClock.ModeKey, EngineClock.Simulated);
                b.UseSetting(EngineClock.StartKey, Start.ToString("O"));
            }
            b.ConfigureServices(s => s
                .AddSingleton<IProcedureDefinitions>(new FixedProcedureDefinitions(WaitingProcedures.All()))
                .AddDossiers());
        });
        _ = host.Server;
        return host;
    }

    /// <summary>
    /// Only the clock endpoints, mapped as the engine maps them under /api, with its policies, every
    /// request made by a signed-in administrator (refusals: RoleAuthorizationTests).
    /// </summary>
    private static async Task<WebApplication> ClockApp(EngineClock clock)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(clock);
        builder.Services.AddOfficerPolicies();
        var app = builder.Build();
        app.UseStatusCodePages();
        var administrator = new ActingOfficer("quantri.ubndtinh", "Quản trị", "000.00.00.H15", "kiemsoattthc", [RoleCodes.Administrator]);
        app.Use((http, next) =>
        {
            http.User = OfficerClaims.Principal(administrator, clock.Time.GetUtcNow());
            return next(http);
        });
        app.UseAuthorization();
        app.MapGroup("/api").MapSchedulingApi();
        await app.StartAsync();
        return app;
    }

    private static SubmitDossier Filing(IServiceProvider services) => new()
    {
        DefinitionId = WaitingProcedures.WithDelay,
        Channel = SubmissionChannel.InPerson,
        Applicant = new ApplicantDetails("Trần Thị Bình", "066190004321"),
        ReceivingAgencyEId = DossierWorld.Centre,
        Officer = Officer(services, DossierWorld.Centre, RoleCodes.OneStopOfficer, null),
    };

    private static ActingOfficer OfficerFor(IServiceProvider services, TaskSummary task) => Officer(services, task.AgencyEId, task.Role, task.UnitCode);

    private static ActingOfficer Officer(IServiceProvider services, string agency, string role, string? unit)
    {
        var o = DemoOfficers.Generate(services.GetRequiredService<OrganisationModel>())
            .First(x => x.AgencyEId == agency && x.Role == role && (unit is null || x.UnitCode == unit));
        return new ActingOfficer(o.Username, o.FullName, o.AgencyEId, o.UnitCode, [o.Role]);
    }
}
