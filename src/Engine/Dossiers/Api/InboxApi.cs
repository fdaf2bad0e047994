using TthcFlow.Definitions.Procedures;
using TthcFlow.Engine.Dossiers.Queries;
using TthcFlow.Engine.Security;

namespace TthcFlow.Engine.Dossiers.Api;

/// <summary>Hộp công việc over HTTP: the signed-in officer's lists, filtered, searched and paged, with a counter per list.</summary>
public static class InboxApi
{
    public static void MapInboxApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/inbox", ListAsync).WithTags("Inbox").WithName("Inbox").RequireAuthorization()
            .Produces<InboxPage>().ProducesProblem(400).ProducesProblem(401)
            .WithSummary("Hộp công việc của cán bộ (danh sách, bộ lọc, tìm kiếm, đếm) / the officer's inbox");
    }

    private static async Task<IResult> ListAsync(
        string? list, string? definitionId, string? procedureCode, string? field, string? channel, string? from, string? to,
        string? due, string? q, string? returnedDays, string? page, string? pageSize, HttpContext http, InboxQueries inbox, CancellationToken ct)
    {
        var args = new QueryArgs(http);
        var query = new InboxQuery
        {
            List = args.Enum<InboxList>("list", list) ?? InboxList.InProcess,
            DefinitionId = args.Text(definitionId),
            ProcedureCode = args.Text(procedureCode),
            Field = args.Text(field),
            Channel = args.Enum<SubmissionChannel>("channel", channel),
            From = args.Instant("from", from),
            To = args.Instant("to", to),
            Due = args.Enum<DueState>("due", due),
            Search = args.Text(q),
            ReturnedDays = args.Int("returnedDays", returnedDays, InboxQuery.DefaultReturnedDays, 0, 36_600),
            Page = args.Int("page", page, 1, 1, int.MaxValue),
            PageSize = args.Int("pageSize", pageSize, 20, 1, InboxQuery.MaxPageSize),
        };
        if (args.Problem is { } problem)
            return problem;
        return Results.Ok(await inbox.ListAsync(http.Officer(), query, ct));
    }
}
