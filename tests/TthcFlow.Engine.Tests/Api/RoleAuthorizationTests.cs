using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Scheduling;
using TthcFlow.Engine.Security;
using TthcFlow.Engine.Tests.Definitions;
using TthcFlow.Engine.Tests.Hosting;

namespace TthcFlow.Engine.Tests.Api;

/// <summary>
/// Phân quyền: only a process designer (công chức thiết kế quy trình) writes and publishes procedure
/// definitions, only an administrator (quản trị hệ thống) moves the simulated clock; reading the
/// catalogue stays public. A visitor gets 401, an officer without the role 403, both naming the
/// role, and a refused request changes nothing.
/// </summary>
public sealed class RoleAuthorizationTests : IDisposable
{
    private const string Designer = "thietke.ubndtinh", Administrator = "quantri.ubndtinh", Specialist = "chuyenvien.hoaphu";
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(7));

    private readonly EngineFactory _factory = new();
    private readonly WebApplicationFactory<Program> _host;

    public RoleAuthorizationTests()
    {
        _host = _factory.WithWebHostBuilder(b => b
            .UseSetting(EngineClock.ModeKey, EngineClock.Simulated)
            .UseSetting(EngineClock.StartKey, Start.ToString("O")));
        _ = _host.Server;
    }

    public void Dispose()
    {
        _host.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task The_designer_and_the_administrator_are_province_officers_whose_roles_no_procedure_step_may_name()
    {
        var directory = _host.Services.GetRequiredService<OfficerDirectory>();
        var designer = directory.Find(Designer);
        var administrator = directory.Find(Administrator);
        using var http = await ApiWorld.SignInAsync(_host, Designer);

        var validation = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(http, "/api/definitions/validate",
            DefinitionsApiTests.Procedure("designer-as-step", roleOfAppraisal: RoleCodes.ProcessDesigner, connectAppraisalTo: "approve")), HttpStatusCode.OK);

        Assert.Equal((RoleCodes.ProcessDesigner, "000.00.00.H15"), (designer?.Role, designer?.AgencyEId));
        Assert.Equal((RoleCodes.Administrator, "000.00.00.H15"), (administrator?.Role, administrator?.AgencyEId));
        Assert.False((bool)validation["valid"]!);
        Assert.Contains(validation["issues"]!.AsArray(), i => (string?)i!["code"] == "UnknownRole" && (string?)i["activityId"] == "appraise");
    }

    [Fact]
    public async Task Only_a_process_designer_imports_validates_and_publishes_and_a_refusal_changes_nothing()
    {
        using var anonymous = ApiWorld.Anonymous(_host);
        using var specialist = await ApiWorld.SignInAsync(_host, Specialist);
        using var designer = await ApiWorld.SignInAsync(_host, Designer);
        var draft = DefinitionsApiTests.Procedure("guarded-proc", roleOfAppraisal: "Specialist", connectAppraisalTo: "approve");
        await ApiWorld.JsonAsync(await ApiWorld.PostAsync(designer, "/api/definitions", draft), HttpStatusCode.Created);
        var listBefore = await anonymous.GetStringAsync("/api/definitions");

        var importedByVisitor = await ApiWorld.PostAsync(anonymous, "/api/definitions", draft);
        var importedBySpecialist = await ApiWorld.PostAsync(specialist, "/api/definitions", draft);
        var validatedByVisitor = await ApiWorld.PostAsync(anonymous, "/api/definitions/validate", draft);
        var approval = new { decisionNumber = "15/QĐ-UBND", decisionDate = "2026-03-02", approvedBy = "Chủ tịch UBND xã Hòa Phú" };
        var publishedByVisitor = await ApiWorld.PostAsync(anonymous, "/api/definitions/guarded-proc/versions/1/publish", approval);
        var publishedBySpecialist = await ApiWorld.PostAsync(specialist, "/api/definitions/guarded-proc/versions/1/publish", approval);

        var unauthenticated = await Problem(importedByVisitor, HttpStatusCode.Unauthorized);
        var forbidden = await Problem(importedBySpecialist, HttpStatusCode.Forbidden);
        Assert.Contains("Process designer", (string)unauthenticated["detail"]!);
        Assert.Contains("ProcessDesigner", (string)forbidden["reason"]!);
        await Problem(validatedByVisitor, HttpStatusCode.Unauthorized);
        await Problem(publishedByVisitor, HttpStatusCode.Unauthorized);
        await Problem(publishedBySpecialist, HttpStatusCode.Forbidden);
        Assert.Equal(listBefore, await anonymous.GetStringAsync("/api/definitions"));
        var stored = await anonymous.GetFromJsonAsync<JsonObject>("/api/definitions/guarded-proc");
        Assert.Equal((1, false), ((int)stored!["version"]!, (bool)stored["isPublished"]!));

        // The one who may, can; and the public reads the result.
        await ApiWorld.JsonAsync(await ApiWorld.PostAsync(designer, "/api/definitions/guarded-proc/versions/1/publish", approval), HttpStatusCode.OK);
        var published = await anonymous.GetFromJsonAsync<JsonObject>("/api/definitions/guarded-proc");
        Assert.True((bool)published!["isPublished"]!);
    }

    [Fact]
    public async Task A_refusal_names_the_role_in_Vietnamese_for_a_Vietnamese_request()
    {
        using var specialist = await ApiWorld.SignInAsync(_host, Specialist);
        specialist.DefaultRequestHeaders.AcceptLanguage.Clear();
        specialist.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("vi"));

        var response = await specialist.PostAsync("/api/definitions",
            new StringContent(DefinitionsApiTests.Procedure("vi-proc", "Specialist", "approve"), Encoding.UTF8, "application/json"));

        var problem = await Problem(response, HttpStatusCode.Forbidden);
        Assert.Contains("Công chức thiết kế quy trình", (string)problem["detail"]!);
    }

    [Fact]
    public async Task Only_an_administrator_moves_the_simulated_clock()
    {
        using var anonymous = ApiWorld.Anonymous(_host);
        using var designer = await ApiWorld.SignInAsync(_host, Designer);
        using var administrator = await ApiWorld.SignInAsync(_host, Administrator);
        var clock = _host.Services.GetRequiredService<EngineClock>().Virtual!;

        var byVisitor = await ApiWorld.PostAsync(anonymous, "/api/admin/clock/advance", new { by = "P1D" });
        var byDesigner = await ApiWorld.PostAsync(designer, "/api/admin/clock/advance", new { by = "P1D" });
        var readByDesigner = await designer.GetAsync("/api/admin/clock");

        var refused = await Problem(byDesigner, HttpStatusCode.Forbidden);
        Assert.Contains("Administrator", (string)refused["reason"]!);
        await Problem(byVisitor, HttpStatusCode.Unauthorized);
        await Problem(readByDesigner, HttpStatusCode.Forbidden);
        Assert.Equal(Start, clock.Now);

        var moved = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(administrator, "/api/admin/clock/advance", new { by = "PT2H" }), HttpStatusCode.OK);
        Assert.Equal(Start.AddHours(2), moved["now"]!.GetValue<DateTimeOffset>());
        Assert.Equal(Start.AddHours(2), clock.Now);
    }

    private static async Task<JsonObject> Problem(HttpResponseMessage response, HttpStatusCode expected)
    {
        var node = (await ApiWorld.JsonAsync(response, expected)).AsObject();
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(string.IsNullOrWhiteSpace((string?)node["detail"]));
        return node;
    }
}
