using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Security;
using TthcFlow.Engine.Tests.Api;
using Xunit.Abstractions;
using static TthcFlow.Engine.Tests.Security.AccessRules;

namespace TthcFlow.Engine.Tests.Security;

/// <summary>
/// The access-control matrix: every role of the demo organisation (one-stop officer, desk head,
/// specialist, division head, leader, clerk) in the dossier's own unit, in another commune and at
/// the province, plus the anonymous caller × every reading and mutating endpoint on dossiers,
/// tasks, apologies, notifications, the logbook, reports and the public routes. The expected
/// status comes from <see cref="AccessRules"/>; a refused request must change nothing.
/// Adding an endpoint (definitions, administration) is one line in <see cref="Actions"/>.
/// </summary>
public sealed class AccessMatrixTests(ITestOutputHelper output) : IDisposable
{
    private readonly ApiWorld _world = new();

    /// <summary>What an action needs in place before it runs.</summary>
    public enum Setup { None, AtStep, AtSigning, Suspended, AwaitingReceipt, WaitingForSupplement, ApologyOwed }

    /// <summary>An action: its setup, its request (method, path from the prepared dossier, body), who may, and the status when allowed.</summary>
    private sealed record Action(string Name, Setup Setup, string Method, Func<Prepared, string> Path, Func<Prepared, object?>? Body,
        Func<Actor, bool> May, HttpStatusCode Allowed = HttpStatusCode.OK, bool Public = false, bool Mutates = false,
        HttpStatusCode Refused = HttpStatusCode.Forbidden);

    /// <summary>A dossier in the action's setup: its id, code, live task and apology.</summary>
    public sealed record Prepared(long Id, string Code, long TaskId, long ApologyId);

    private static readonly string From = "2026-03-01T00:00:00+07:00", To = "2026-04-01T00:00:00+07:00";

    private static Action Get(string name, Setup setup, Func<Prepared, string> path, Func<Actor, bool> may, HttpStatusCode refused = HttpStatusCode.Forbidden) =>
        new(name, setup, "GET", path, null, may, Refused: refused);

    private static Action Post(string name, Setup setup, Func<Prepared, string> path, Func<Prepared, object?>? body, Func<Actor, bool> may,
        HttpStatusCode allowed = HttpStatusCode.OK) => new(name, setup, "POST", path, body, may, allowed, Mutates: true);

    private static readonly Action[] Actions =
    [
        // Reading
        Get("session", Setup.None, _ => "/api/session", AnyOfficer),
        Get("inbox", Setup.None, _ => "/api/inbox?list=InProcess", AnyOfficer),
        Get("logbook", Setup.None, _ => "/api/logbook", AnyOfficer),
        Get("notifications", Setup.None, _ => "/api/notifications", AnyOfficer),
        Get("apologies-owed", Setup.None, _ => "/api/apologies/owed", AnyOfficer),
        Get("colleagues", Setup.None, _ => "/api/officers", AnyOfficer),
        Get("report-own-agency", Setup.None, _ => $"/api/reports/summary?from={Enc(From)}&to={Enc(To)}", AnyOfficer),
        Get("report-dossier-agency", Setup.None, _ => $"/api/reports/summary?from={Enc(From)}&to={Enc(To)}&scope=Agency&code={ApiWorld.Committee}", CommitteeOrProvince),
        Get("report-province", Setup.None, _ => $"/api/reports/delays?from={Enc(From)}&to={Enc(To)}&scope=Province", ProvinceLeader),
        Get("dossier", Setup.AtStep, p => $"/api/dossiers/{p.Id}", Involved),
        Get("dossier-by-code", Setup.AtStep, p => $"/api/dossiers/by-code/{p.Code}", Involved),
        Get("unknown-dossier", Setup.None, _ => "/api/dossiers/987654321", _ => false, refused: HttpStatusCode.NotFound),
        // Designing and administration: none of the dossier-handling roles may (the designer and administrator roles are tested in RoleAuthorizationTests)
        Post("definitions-import", Setup.None, _ => "/api/definitions", _ => new { definitionId = "x" }, _ => false),
        Post("definitions-publish", Setup.None, _ => "/api/definitions/certified-copy/versions/1/publish",
            _ => new { decisionNumber = "12/QĐ-UBND", decisionDate = "2026-01-05", approvedBy = "Chủ tịch UBND" }, _ => false),
        Post("admin-clock-advance", Setup.None, _ => "/api/admin/clock/advance", _ => new { by = "1.00:00:00" }, _ => false),
        // Public
        new("public-status", Setup.AtStep, "GET", p => $"/api/public/status?code={p.Code}&idNumber=066090001234", null, _ => true, Public: true),
        new("public-apologies", Setup.None, "GET", _ => "/api/public/apologies", null, _ => true, Public: true),
        new("public-file-online", Setup.None, "POST", _ => "/api/public/dossiers", _ => OnlineFiling, _ => true, HttpStatusCode.Created, Public: true),
        // Filing and receipt
        Post("submit", Setup.None, _ => "/api/dossiers", _ => ApiWorld.BirthRegistration(), CommuneDesk, HttpStatusCode.Created),
        Post("receipt-accept", Setup.AwaitingReceipt, p => $"/api/dossiers/{p.Id}/receipt", _ => new { decision = "Accept" }, ReceivingDesk),
        Post("supplement-received", Setup.WaitingForSupplement, p => $"/api/dossiers/{p.Id}/supplement-received", null, ReceivingDesk),
        // Tasks
        Post("claim", Setup.AtStep, p => $"/api/tasks/{p.TaskId}/claim", null, StepOfficer),
        Post("complete", Setup.AtStep, p => $"/api/tasks/{p.TaskId}/complete", _ => new { outcome = "Approved" }, StepOfficer),
        Post("send-back", Setup.AtSigning, p => $"/api/tasks/{p.TaskId}/send-back", _ => new { reason = "Thiếu giấy tờ" }, SigningOfficer),
        Post("supplement-request", Setup.AtStep, p => $"/api/tasks/{p.TaskId}/supplement-request", _ => new { items = "Giấy chứng sinh bản chính" }, StepOfficer),
        Post("reassign", Setup.AtStep, p => $"/api/tasks/{p.TaskId}/reassign", _ => new { toUserName = "chuyenvien.hoaphu" }, UnitHead),
        // Apologies
        Post("foresee-late", Setup.AtStep, p => $"/api/tasks/{p.TaskId}/foresee-late", _ => new { reason = "Chờ xác minh" }, StepUnit),
        Post("apology-issue", Setup.ApologyOwed, p => $"/api/dossiers/{p.Id}/apologies/{p.ApologyId}/issue",
            _ => new { reason = "Chờ xác minh", newReturnAt = "2026-03-20T08:00:00+07:00", explanation = "Cơ quan phối hợp trả lời chậm" }, AgencyHead),
        // The dossier's clock
        Post("suspend", Setup.AtStep, p => $"/api/dossiers/{p.Id}/suspend", _ => new { reason = "Xác minh" }, CompetentLeader),
        Post("resume", Setup.Suspended, p => $"/api/dossiers/{p.Id}/resume", null, CompetentLeader),
        Post("stop", Setup.AtStep, p => $"/api/dossiers/{p.Id}/end", _ => new { reason = "Dừng xử lý", byApplicant = false }, CompetentLeader),
        Post("withdraw", Setup.AtStep, p => $"/api/dossiers/{p.Id}/end", _ => new { reason = "Công dân rút hồ sơ", byApplicant = true }, ReceivingDesk),
    ];

    private static readonly object OnlineFiling = new
    {
        definitionId = "birth-registration",
        receivingAgencyEId = ApiWorld.Centre,
        applicant = new { name = "Trần Thị Bình", idNumber = "066190004321" },
    };

    private static readonly string[] Roles =
        [RoleCodes.OneStopOfficer, RoleCodes.DeskHead, RoleCodes.Specialist, RoleCodes.DivisionHead, RoleCodes.Leader, RoleCodes.Clerk];

    /// <summary>(desk agency, other agency) per scope: desk roles sit at a service centre, the others at a committee or department.</summary>
    private static readonly Dictionary<Scope, (string Desk, string Other)> Agencies = new()
    {
        [Scope.Own] = (ApiWorld.Centre, ApiWorld.Committee),
        [Scope.SameLevel] = ("001.02.70.H15", "000.02.70.H15"),
        [Scope.OtherLevel] = ("000.00.02.H15", "000.00.10.H15"),
    };

    [Fact]
    public async Task Every_role_in_every_scope_gets_the_status_the_rules_give_for_every_action()
    {
        using var host = _world.Start();
        var actors = Actors(host);
        var clients = new Dictionary<Actor, HttpClient>();
        foreach (var actor in actors)
            clients[actor] = actor.Anonymous ? ApiWorld.Anonymous(host) : await ApiWorld.SignInAsync(host, actor.UserName!);
        var dossiers = new MatrixDossiers(_world, host);
        var wrong = new List<string>();
        int cells = 0;

        foreach (var action in Actions)
            foreach (var actor in actors)
            {
                if (action.Name == "submit" && actor.Scope == Scope.OtherLevel)
                    continue; // a commune procedure is not filed at the province desk: no rule to state
                cells++;
                var prepared = await dossiers.ForAsync(action.Setup);
                var before = prepared is null ? null : _world.Column($"SELECT Version FROM dossiers WHERE Id = {prepared.Id}").Single();
                var expected = Expected(action, actor);
                var response = await SendAsync(clients[actor], action, prepared);
                var text = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != expected)
                    wrong.Add($"{action.Name} by {actor}: expected {(int)expected}, got {(int)response.StatusCode} {text[..Math.Min(text.Length, 300)]}");
                if (response.IsSuccessStatusCode && action.Mutates)
                    dossiers.Consumed(action.Setup);
                else if ((int)response.StatusCode >= 400)
                {
                    Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                    if (prepared is not null)
                        Assert.Equal(before, _world.Column($"SELECT Version FROM dossiers WHERE Id = {prepared.Id}").Single());
                }
            }

        output.WriteLine($"access matrix: {cells} cells = {actors.Count} callers ({Roles.Length} roles × 3 scopes + anonymous) × {Actions.Length} actions, less {actors.Count * Actions.Length - cells} without a rule");
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {cells} cells differ from the rules:\n" + string.Join("\n", wrong));
    }

    private static HttpStatusCode Expected(Action action, Actor actor)
    {
        if (action.Public) return action.Allowed;
        if (actor.Anonymous) return HttpStatusCode.Unauthorized;
        return action.May(actor) ? action.Allowed : action.Refused;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, Action action, Prepared? prepared)
    {
        var path = action.Path(prepared ?? new Prepared(0, "", 0, 0));
        if (action.Method == "GET")
            return await client.GetAsync(path);
        return await ApiWorld.PostAsync(client, path, action.Body?.Invoke(prepared ?? new Prepared(0, "", 0, 0)));
    }

    private static List<Actor> Actors(WebApplicationFactory<Program> host)
    {
        var directory = ApiWorld.Officers(host);
        var organisation = host.Services.GetService(typeof(OrganisationModel)) as OrganisationModel;
        var actors = new List<Actor>();
        foreach (var (scope, (desk, other)) in Agencies)
            foreach (var role in Roles)
            {
                var agency = role is RoleCodes.OneStopOfficer or RoleCodes.DeskHead ? desk : other;
                var officer = directory.FirstOrDefault(o => o.AgencyEId == agency && o.Role == role)
                    ?? throw new InvalidOperationException($"The demo organisation has no {role} at {agency}.");
                actors.Add(new Actor(role, scope, officer.Username, organisation!.FindAgency(agency)!.Kind));
            }
        actors.Add(new Actor("—", Scope.Anonymous, null, null));
        return actors;
    }

    private static string Enc(string s) => Uri.EscapeDataString(s);

    public void Dispose() => _world.Dispose();
}
