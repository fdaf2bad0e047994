using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TthcFlow.Definitions.Elsa;
using TthcFlow.Engine.Tests.Api;
using TthcFlow.Engine.Tests.Hosting;

namespace TthcFlow.Engine.Tests.Definitions;

/// <summary>Definitions over HTTP, as the province's process designer (thiết kế quy trình) who may write them.</summary>
public sealed class DefinitionsApiTests(EngineFactory factory) : IClassFixture<EngineFactory>, IAsyncLifetime
{
    private HttpClient _http = null!;

    public async Task InitializeAsync() => _http = await ApiWorld.SignInAsync(factory, "thietke.ubndtinh");

    public Task DisposeAsync()
    {
        _http.Dispose();
        return Task.CompletedTask;
    }

    public static TheoryData<string> ElsaSamples() =>
        new(Directory.GetFiles(RepoPaths.ElsaSamples, "*.json").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(ElsaSamples))]
    public async Task Each_Elsa_sample_round_trips_losslessly_through_import_and_export(string file)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(RepoPaths.ElsaSamples, file));
        var original = JsonNode.Parse(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'))!.AsObject();
        // Each sample under a definition id of its own, so samples that share an id don't collide.
        original["definitionId"] = "sample-" + Path.GetFileNameWithoutExtension(file);
        var content = new StringContent(original.ToJsonString(), Encoding.UTF8, "application/json");

        var created = await _http.PostAsync("/api/definitions", content);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var exported = await _http.GetStringAsync($"/api/definitions/sample-{Path.GetFileNameWithoutExtension(file)}/export");

        // Semantic equality: both documents read to the same canonical form; the store owns only
        // the latest/published flags.
        var expected = Canonical(original.ToJsonString());
        var actual = Canonical(exported);
        Assert.True(JsonNode.DeepEquals(expected, actual), $"{file}: export differs from import\n{actual}");
    }

    [Fact]
    public async Task Malformed_json_is_a_400_with_line_and_column_and_nothing_is_stored()
    {
        var before = await _http.GetFromJsonAsync<JsonElement[]>("/api/definitions");
        var response = await _http.PostAsync("/api/definitions",
            new StringContent("{\n  \"definitionId\": \"broken\",\n  \"root\": { \"type\": \"Elsa.Flowchart\", ", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var error = problem.GetProperty("errors")[0];
        Assert.Equal("MalformedJson", error.GetProperty("code").GetString());
        Assert.True(error.GetProperty("line").GetInt64() >= 3);
        var after = await _http.GetFromJsonAsync<JsonElement[]>("/api/definitions");
        Assert.Equal(before!.Length, after!.Length);
    }

    [Fact]
    public async Task An_invalid_definition_is_a_400_with_errors_located_on_the_activity_and_nothing_is_stored()
    {
        var json = Procedure("invalid-proc", roleOfAppraisal: "Astronaut", connectAppraisalTo: "Nowhere");
        var response = await _http.PostAsync("/api/definitions", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("code").GetString() == "UnknownRole" && e.GetProperty("activityId").GetString() == "appraise");
        Assert.Contains(errors, e => e.GetProperty("code").GetString() == "DanglingConnection");
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("messageVi").GetString())));
        var missing = await _http.GetAsync("/api/definitions/invalid-proc");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Messages_follow_Accept_Language()
    {
        var json = Procedure("lang-proc", roleOfAppraisal: "Astronaut", connectAppraisalTo: "approve");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/definitions/validate")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.AcceptLanguage.ParseAdd("en");
        var body = await (await _http.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.GetProperty("valid").GetBoolean());
        var issue = body.GetProperty("issues").EnumerateArray().First(i => i.GetProperty("code").GetString() == "UnknownRole");
        Assert.Equal(issue.GetProperty("messageEn").GetString(), issue.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_valid_procedure_is_imported_as_a_draft_published_with_its_decision_and_versions_increase()
    {
        var json = Procedure("valid-proc", roleOfAppraisal: "Specialist", connectAppraisalTo: "approve");
        var first = await _http.PostAsync("/api/definitions", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var second = await _http.PostAsync("/api/definitions", new StringContent(json, Encoding.UTF8, "application/json"));
        var v2 = (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
        Assert.Equal(2, v2);

        var publish = await _http.PostAsJsonAsync($"/api/definitions/valid-proc/versions/{v2}/publish",
            new { decisionNumber = "123/QĐ-UBND", decisionDate = "2026-11-20", approvedBy = "Chủ tịch UBND xã" });
        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        var detail = await _http.GetFromJsonAsync<JsonElement>("/api/definitions/valid-proc");
        Assert.True(detail.GetProperty("isPublished").GetBoolean());
        Assert.Equal("123/QĐ-UBND", detail.GetProperty("approval").GetProperty("decisionNumber").GetString());
        var list = await _http.GetFromJsonAsync<JsonElement[]>("/api/definitions");
        var line = list!.Single(d => d.GetProperty("definitionId").GetString() == "valid-proc");
        Assert.Equal(2, line.GetProperty("publishedVersion").GetInt32());
    }

    [Fact]
    public async Task Publishing_an_unknown_version_is_a_404_and_without_approver_a_400()
    {
        var unknown = await _http.PostAsJsonAsync("/api/definitions/nope/versions/1/publish", new { approvedBy = "x" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var noApprover = await _http.PostAsJsonAsync("/api/definitions/nope/versions/1/publish", new { decisionNumber = "1" });
        Assert.Equal(HttpStatusCode.BadRequest, noApprover.StatusCode);
    }

    [Fact]
    public async Task The_sample_procedures_are_loaded_and_published_at_start_up()
    {
        var list = await _http.GetFromJsonAsync<JsonElement[]>("/api/definitions");
        var procedures = Directory.GetFiles(Path.Combine(RepoPaths.Workflows, "procedures"), "*.json");
        Assert.True(procedures.Length >= 8);
        foreach (var file in procedures)
        {
            var id = ElsaJson.Read(await File.ReadAllTextAsync(file)).DefinitionId;
            Assert.Contains(list!, d => d.GetProperty("definitionId").GetString() == id && d.GetProperty("publishedVersion").ValueKind == JsonValueKind.Number);
        }
    }

    private static JsonNode Canonical(string json)
    {
        var node = JsonNode.Parse(ElsaJson.Write(ElsaJson.Read(json)))!.AsObject();
        node.Remove("isLatest");
        node.Remove("isPublished");
        return node;
    }

    /// <summary>A small procedure: receipt → appraisal → approval → return, with a chosen role and wiring.</summary>
    internal static string Procedure(string id, string roleOfAppraisal, string connectAppraisalTo) => $$"""
        {
          "definitionId": "{{id}}", "name": "Thủ tục thử", "version": 1,
          "customProperties": { "procedure": { "code": "T.{{id}}", "name": "Thủ tục thử", "field": "Hộ tịch",
            "competentLevel": "Commune", "legalLimit": { "value": 3, "unit": "WorkingDays" }, "locationIndependent": true } },
          "root": { "type": "Elsa.Flowchart", "id": "flow", "activities": [
            { "id": "start", "type": "Elsa.Start" },
            { "id": "receive", "type": "TthcFlow.Receipt", "role": "OneStopOfficer", "allotment": 2 },
            { "id": "appraise", "type": "TthcFlow.OfficerStep", "title": "Thẩm định", "action": "Appraise", "role": "{{roleOfAppraisal}}", "allotment": 8, "outcomes": ["Approved"] },
            { "id": "approve", "type": "TthcFlow.OfficerStep", "title": "Phê duyệt", "action": "Approve", "role": "Leader", "allotment": 4, "outcomes": ["Approved"] },
            { "id": "return", "type": "TthcFlow.ReturnResult", "role": "OneStopOfficer", "allotment": 2 },
            { "id": "end", "type": "Elsa.End" }
          ], "connections": [
            { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "receive", "port": "In" } },
            { "source": { "activity": "receive", "port": "Accepted" }, "target": { "activity": "appraise", "port": "In" } },
            { "source": { "activity": "appraise", "port": "Approved" }, "target": { "activity": "{{connectAppraisalTo}}", "port": "In" } },
            { "source": { "activity": "approve", "port": "Approved" }, "target": { "activity": "return", "port": "In" } },
            { "source": { "activity": "return", "port": "Done" }, "target": { "activity": "end", "port": "In" } }
          ] }
        }
        """;
}
