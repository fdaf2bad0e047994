using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TthcFlow.Engine.Tests.Api;

/// <summary>The contract the browser is written against: OpenAPI operations by capability, query arguments checked by name.</summary>
public sealed class ApiContractTests(ApiHostFixture fixture) : IClassFixture<ApiHostFixture>
{
    private WebApplicationFactory<Program> Host => fixture.Host;

    [Fact]
    public async Task The_openapi_document_names_every_dossier_operation_under_its_capability()
    {
        var document = await ApiWorld.JsonAsync(await ApiWorld.Anonymous(Host).GetAsync("/openapi/v1.json"), HttpStatusCode.OK);
        var operations = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Where(o => o.Value?["operationId"] is not null)
                .Select(o => ((string)o.Value!["operationId"]!, (string)o.Value["tags"]![0]!)))
            .ToDictionary(o => o.Item1, o => o.Item2);

        foreach (var (operation, tag) in new[]
        {
            ("SignIn", "Session"), ("CurrentOfficer", "Session"), ("SignOut", "Session"), ("ListOfficers", "Session"),
            ("SubmitDossier", "Dossiers"), ("GetDossier", "Dossiers"), ("GetDossierByCode", "Dossiers"), ("DecideReceipt", "Dossiers"),
            ("RecordSupplement", "Dossiers"), ("Logbook", "Dossiers"), ("Inbox", "Inbox"), ("ClaimTask", "Tasks"), ("CompleteTask", "Tasks"),
            ("ReassignTask", "Tasks"), ("SendBackTask", "Tasks"), ("RequestSupplement", "Tasks"), ("FileOnline", "Public"), ("LookUpStatus", "Public"),
        })
            Assert.Equal(tag, operations.GetValueOrDefault(operation));
    }

    [Theory]
    [InlineData("/api/inbox?list=Everything", "list")]
    [InlineData("/api/inbox?due=Soon", "due")]
    [InlineData("/api/inbox?channel=7", "channel")]
    [InlineData("/api/inbox?from=yesterday", "from")]
    [InlineData("/api/inbox?pageSize=0", "pageSize")]
    [InlineData("/api/inbox?list=Returned&returnedDays=-1", "returnedDays")]
    [InlineData("/api/logbook?page=-1", "page")]
    public async Task A_bad_query_argument_is_a_400_naming_it(string url, string field)
    {
        var desk = await ApiWorld.SignInAsync(Host, "motcua.hoaphu");

        var problem = await ApiWorld.JsonAsync(await desk.GetAsync(url), HttpStatusCode.BadRequest);

        Assert.Equal(field, (string)problem["field"]!);
    }

    [Fact]
    public async Task The_returned_list_names_the_start_of_its_period_unless_widened()
    {
        var desk = await ApiWorld.SignInAsync(Host, "motcua.hoaphu");

        var recent = await ApiWorld.JsonAsync(await desk.GetAsync("/api/inbox?list=Returned"), HttpStatusCode.OK);
        var all = await ApiWorld.JsonAsync(await desk.GetAsync("/api/inbox?list=Returned&returnedDays=0"), HttpStatusCode.OK);

        Assert.NotNull(recent["returnedSince"]);
        Assert.Null(all["returnedSince"]);
    }

    [Fact]
    public async Task The_logbook_lists_what_the_officers_agency_received()
    {
        var desk = await ApiWorld.SignInAsync(Host, "motcua.hoaphu");
        var dossier = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(desk, "/api/dossiers", ApiWorld.BirthRegistration("066090008888")), HttpStatusCode.Created);
        var otherDesk = await ApiWorld.SignInAsync(Host, "motcua.buonmathuot");

        var mine = await ApiWorld.JsonAsync(await desk.GetAsync("/api/logbook?from=2026-03-01T00:00:00%2B07:00&to=2026-03-03T00:00:00%2B07:00"), HttpStatusCode.OK);
        var theirs = await ApiWorld.JsonAsync(await otherDesk.GetAsync("/api/logbook?from=2026-03-01T00:00:00%2B07:00&to=2026-03-03T00:00:00%2B07:00"), HttpStatusCode.OK);

        Assert.Contains(mine["items"]!.AsArray(), l => (string)l!["code"]! == (string)dossier["code"]!);
        Assert.Empty(theirs["items"]!.AsArray());
    }
}
