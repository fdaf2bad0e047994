using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using TthcFlow.Engine.Tests.Api;
using Xunit.Abstractions;

namespace TthcFlow.Engine.Tests.Fuzzing;

/// <summary>
/// Every request body and query string of the API, fuzzed over HTTP in-process: mutations of a
/// valid body (fields deleted, renamed, retyped; huge numbers; odd Unicode; truncated text),
/// random JSON and random text, odd ids and <c>If-Match</c> headers. The answer is never a 5xx; a
/// 4xx is ProblemDetails; and a refused request leaves every table's row count, every dossier's
/// version and the published definitions as they were.
/// </summary>
public sealed class ApiFuzzTests(ApiFuzzWorld world, ITestOutputHelper output) : IClassFixture<ApiFuzzWorld>
{
    private const int BodyCases = 3_000, QueryCases = 1_500;

    /// <summary>An endpoint taking a body: who calls it, where, and a body it accepts.</summary>
    private sealed record BodyTarget(string Name, string Client, Func<ApiFuzzWorld, long, string> Path, JsonNode? Valid);

    private static readonly JsonNode Birth = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(ApiWorld.BirthRegistration()))!;

    private static readonly JsonNode Procedure = JsonNode.Parse(File.ReadAllText(
        System.IO.Path.Combine(Hosting.RepoPaths.Workflows, "procedures", "certified-copy.json")))!;

    private static readonly BodyTarget[] BodyTargets =
    [
        new("submit", "desk", (_, _) => "/api/dossiers", Birth),
        new("file-online", "anonymous", (_, _) => "/api/public/dossiers", ApiFuzzWorld.OnlineFiling()),
        new("receipt", "desk", (w, id) => $"/api/dossiers/{Pick(id, w.OnlineDossier)}/receipt",
            new JsonObject { ["decision"] = "RequestSupplement", ["missingItems"] = "Bản chính giấy chứng sinh", ["reason"] = "Thiếu" }),
        new("supplement-received", "desk", (w, id) => $"/api/dossiers/{Pick(id, w.OnlineDossier)}/supplement-received", null),
        new("claim", "holder", (w, id) => $"/api/tasks/{Pick(id, w.Task)}/claim", null),
        new("complete", "holder", (w, id) => $"/api/tasks/{Pick(id, w.Task)}/complete", new JsonObject { ["outcome"] = "Approved", ["comment"] = "Đủ điều kiện" }),
        new("reassign", "head", (w, id) => $"/api/tasks/{Pick(id, w.Task)}/reassign", new JsonObject { ["toUserName"] = "chuyenvien.hoaphu" }),
        new("send-back", "holder", (w, id) => $"/api/tasks/{Pick(id, w.Task)}/send-back", new JsonObject { ["reason"] = "Thiếu giấy tờ", ["outcome"] = "SentBack" }),
        new("supplement-request", "holder", (w, id) => $"/api/tasks/{Pick(id, w.Task)}/supplement-request",
            new JsonObject { ["items"] = "Giấy chứng sinh bản chính", ["reason"] = "Bản sao mờ" }),
        new("foresee-late", "holder", (w, id) => $"/api/tasks/{Pick(id, w.Task)}/foresee-late", new JsonObject { ["reason"] = "Chờ xác minh" }),
        new("apology-issue", "head", (w, id) => $"/api/dossiers/{w.DeskDossier}/apologies/{Pick(id, 1)}/issue",
            new JsonObject { ["reason"] = "Chờ xác minh", ["newReturnAt"] = "2026-03-20T08:00:00+07:00", ["explanation"] = "Cơ quan xác minh chậm" }),
        new("suspend", "leader", (w, id) => $"/api/dossiers/{Pick(id, w.DeskDossier)}/suspend", new JsonObject { ["reason"] = "Xác minh" }),
        new("resume", "leader", (w, id) => $"/api/dossiers/{Pick(id, w.DeskDossier)}/resume", null),
        new("end", "leader", (w, id) => $"/api/dossiers/{Pick(id, w.DeskDossier)}/end", new JsonObject { ["reason"] = "Dừng", ["byApplicant"] = false }),
        new("supplement-decision", "leader", (w, id) => $"/api/dossiers/{Pick(id, w.DeskDossier)}/supplement-requests/{Pick(id, 1)}/decision",
            new JsonObject { ["approve"] = true }),
        new("definitions-import", "designer", (_, _) => "/api/definitions", Procedure),
        new("definitions-validate", "designer", (_, _) => "/api/definitions/validate", Procedure),
        new("definitions-publish", "designer", (_, id) => $"/api/definitions/certified-copy/versions/{Pick(id, 1) % 1000}/publish",
            new JsonObject { ["decisionNumber"] = "12/QĐ-UBND", ["decisionDate"] = "2026-01-05", ["approvedBy"] = "Chủ tịch UBND" }),
        new("sign-in", "fresh", (_, _) => "/api/session", new JsonObject { ["userName"] = "vanthu.hoaphu", ["password"] = ApiWorld.Password }),
    ];

    /// <summary>The fixture's own id most of the time, otherwise an odd one (0, negative, huge, unknown).</summary>
    private static long Pick(long odd, long own) => odd == long.MinValue ? own : odd;

    private static readonly Gen<long> OddId = Gen.Frequency(
        (6, Gen.Const(long.MinValue)),
        (1, Gen.OneOf(0L, -1L, 1L, 2L, long.MaxValue, 987654321L)),
        (1, Gen.Long[1, 10_000]));

    private static readonly Gen<string?> IfMatch = Gen.Frequency(
        (6, Gen.Const<string?>(() => null)),
        (1, Gen.OneOf<string?>("*", "\"v1\"", "W/\"v2\"", "\"v-1\"", "\"v99999999999\"", "\"v\"", "v1", "\"x\"", "\"v1\", \"v2\"", "")));

    private static readonly Gen<string?> ContentType = Gen.Frequency(
        (8, Gen.Const<string?>(() => "application/json")),
        (1, Gen.OneOf<string?>("text/plain", "application/json; charset=latin1", "multipart/form-data", "application/x-www-form-urlencoded")),
        (1, Gen.Const<string?>(() => null)));

    private sealed record BodyCase(BodyTarget Target, long Id, string? Body, string? IfMatch, string? ContentType)
    {
        public override string ToString() => $"POST {Target.Name} id={Id} If-Match={IfMatch} Content-Type={ContentType} body={Body}";
    }

    private static Gen<string?> BodyFor(BodyTarget target) => Gen.Frequency(
        (6, target.Valid is null ? JsonMutations.AnyJson.Select(j => (string?)j.Text) : JsonMutations.Mutants(target.Valid).Select(t => (string?)t)),
        (2, JsonMutations.AnyJson.Select(j => (string?)j.Text)),
        (1, JsonMutations.Garbage.Select(t => (string?)t)),
        (1, Gen.Const<string?>(() => null)));

    [Fact]
    public async Task Every_body_is_answered_below_500_with_problem_details_and_a_refusal_changes_nothing()
    {
        var gen = Gen.Int[0, BodyTargets.Length - 1].SelectMany(i =>
            Gen.Select(OddId, BodyFor(BodyTargets[i]), IfMatch, ContentType, (id, body, ifMatch, type) => new BodyCase(BodyTargets[i], id, body, ifMatch, type)));
        var counts = new Dictionary<string, int>();

        await FuzzRun.CheckAsync(output, "api-bodies", gen, seed: 20260323, BodyCases, async c =>
        {
            counts[c.Target.Name] = counts.GetValueOrDefault(c.Target.Name) + 1;
            var client = c.Target.Client == "fresh" ? ApiWorld.Anonymous(world.Host) : world.Clients[c.Target.Client];
            using var request = new HttpRequestMessage(HttpMethod.Post, c.Target.Path(world, c.Id));
            if (c.Body is not null)
                request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(c.Body));
            if (c.Body is not null && c.ContentType is not null)
                request.Content!.Headers.TryAddWithoutValidation("Content-Type", c.ContentType);
            if (c.IfMatch is not null)
                request.Headers.TryAddWithoutValidation("If-Match", c.IfMatch);
            await AssertAnsweredAsync(() => client.SendAsync(request));
        }, c => c.ToString());

        output.WriteLine("fuzz api-bodies per endpoint: " + string.Join(", ", counts.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}")));
        Assert.Equal(BodyTargets.Length, counts.Count);
    }

    /// <summary>A GET with query arguments: who calls it, its path (odd text may go into a path segment) and its arguments with a value each accepts.</summary>
    private sealed record QueryTarget(string Name, string Client, Func<ApiFuzzWorld, string, string> Path, (string Name, string Valid)[] Args);

    private static readonly QueryTarget[] QueryTargets =
    [
        new("inbox", "holder", (_, _) => "/api/inbox", [("list", "InProcess"), ("definitionId", "birth-registration"), ("procedureCode", "1.001193"),
            ("field", "Hộ tịch"), ("channel", "1"), ("from", "2026-03-01"), ("to", "2026-04-01"), ("due", "OnTime"), ("q", "Nguyễn"), ("page", "1"), ("pageSize", "20")]),
        new("logbook", "desk", (_, _) => "/api/logbook", [("from", "2026-02-01T00:00:00+07:00"), ("to", "2026-03-03"), ("page", "2")]),
        new("reports", "leader", (_, seg) => $"/api/reports/{seg}", [("from", "2026-03-01"), ("to", "2026-04-01"), ("scope", "Commune"),
            ("code", "000.01.70.H15"), ("format", "json")]),
        new("public-status", "anonymous", (w, _) => "/api/public/status", [("code", ""), ("idNumber", "066090001234")]),
        new("public-apologies", "anonymous", (_, _) => "/api/public/apologies", [("agency", ApiWorld.Committee), ("from", "2026-01-01"), ("take", "10")]),
        new("apology-letter", "anonymous", (_, seg) => $"/api/public/apologies/{seg}/letter", []),
        new("officers", "head", (_, _) => "/api/officers", [("agency", ApiWorld.Committee), ("unit", "vanphong"), ("role", "Specialist")]),
        new("notifications", "desk", (_, _) => "/api/notifications", [("unread", "true"), ("take", "20")]),
        new("dossier-by-code", "desk", (w, seg) => $"/api/dossiers/by-code/{seg}", []),
        new("dossier", "desk", (w, seg) => $"/api/dossiers/{seg}", []),
        new("definition", "anonymous", (_, seg) => $"/api/definitions/{seg}", [("version", "1")]),
    ];

    private static readonly Gen<string> OddArgument = Gen.Frequency(
        (3, JsonMutations.OddText),
        (2, JsonMutations.OddNumber.Select(n => n.ToJsonString())),
        (1, Gen.OneOf("InProcess", "Mine", "Overdue", "summary", "delays", "Province", "Agency", "xlsx", "csv", "true", "false", "1", "2",
            "0001-01-01", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2026-03-02T08:00:00+07:00", "+2026", "2147483647", "2147483648", "-2147483648")));

    private sealed record QueryCase(QueryTarget Target, string Segment, (string Name, string? Value)[] Args)
    {
        // A NUL in the path never reaches the application (the server refuses the request line), so it is left out.
        public string Url(ApiFuzzWorld w) => Target.Path(w, ApiFuzzWorld.Encode(Segment.Replace("\0", "", StringComparison.Ordinal))) + "?" +
            string.Join("&", Args.Where(a => a.Value is not null).Select(a => $"{ApiFuzzWorld.Encode(a.Name)}={ApiFuzzWorld.Encode(a.Value!)}"));
    }

    private static Gen<QueryCase> QueryFor(QueryTarget target) => Gen.Select(
        Gen.Frequency((2, OddArgument), (1, Gen.OneOf("summary", "delays", "apologies", "logbook", "review", "1", "birth-registration"))),
        Gen.Frequency((2, Gen.Const<string?>(() => null)), (2, Gen.Const<string?>(() => "valid")), (3, OddArgument.Select(s => (string?)s))).Array[target.Args.Length],
        (segment, values) => new QueryCase(target, segment,
            target.Args.Select((a, i) => (a.Name, (string?)(values[i] == "valid" ? a.Valid : values[i]))).ToArray()));

    [Fact]
    public async Task Every_query_string_is_answered_below_500_with_problem_details_and_changes_nothing()
    {
        var gen = Gen.Int[0, QueryTargets.Length - 1].SelectMany(i => QueryFor(QueryTargets[i]));
        var counts = new Dictionary<string, int>();

        await FuzzRun.CheckAsync(output, "api-queries", gen, seed: 20260324, QueryCases, async c =>
        {
            counts[c.Target.Name] = counts.GetValueOrDefault(c.Target.Name) + 1;
            await AssertAnsweredAsync(() => world.Clients[c.Target.Client].GetAsync(c.Url(world)), everything: true);
        }, c => "GET " + c.Url(world));

        output.WriteLine("fuzz api-queries per endpoint: " + string.Join(", ", counts.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}")));
        Assert.Equal(QueryTargets.Length, counts.Count);
    }

    /// <summary>Below 500; a 4xx is ProblemDetails of that status; a refusal (or, with <paramref name="everything"/>, any answer) changes nothing.</summary>
    private async Task AssertAnsweredAsync(Func<Task<HttpResponseMessage>> send, bool everything = false)
    {
        var before = world.Fingerprint();
        using var response = await send();
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status < 500, $"{status}: {text}");
        if (status < 400 && !everything)
            return;
        if (status >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(status, (int)JsonNode.Parse(text)!["status"]!);
        }
        Assert.Equal(before, world.Fingerprint());
    }
}
