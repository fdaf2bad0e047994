using System.Runtime.CompilerServices;
using TthcFlow.Definitions.Elsa;
using TthcFlow.Engine.Runtime;
using static TthcFlow.Engine.Tests.Runtime.RuntimeHarness;

namespace TthcFlow.Engine.Tests.Runtime;

/// <summary>
/// Every shipped procedure runs to its end when each officer takes the first outcome and each
/// transfer answers Done — or stops at a WaitAll join that Elsa's Merge rule can never satisfy
/// because two of its inbound connections leave one activity on different ports (only one of them
/// can ever carry a token). That is a defect of the definition, named in the failure message if
/// the walk stops anywhere else.
/// </summary>
public sealed class ProcedureWalkTests
{
    public static TheoryData<string> Procedures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(ProceduresFolder(), "*.json").Order())
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Procedures))]
    public void Procedure_runs_to_its_end_on_the_happy_path(string file)
    {
        var workflow = new Flow(ElsaJson.Read(File.ReadAllText(Path.Combine(ProceduresFolder(), file))));
        var result = Start(workflow, """{"applicant":{"name":"Nguyễn Văn A"}}""");
        var state = result.State!;
        var now = T0;
        var opened = result.Effects.OfType<HumanTaskOpened>().ToList();
        for (var commands = 0; state.Status == InstanceStatus.Suspended && state.Bookmarks.Count > 0; commands++)
        {
            Assert.True(commands < 100, $"{file} still runs after 100 commands");
            var bookmark = state.Bookmarks.OrderBy(b => b.Id).First();
            var node = workflow.Compiled.Nodes[bookmark.Node];
            now = bookmark.DueAt is { } due && due > now ? due : now.AddHours(1);
            RuntimeCommand command = bookmark.Kind switch
            {
                BookmarkKind.HumanTask => new CompleteHumanTask(bookmark.Id, node.Ports[0], "officer"),
                BookmarkKind.ChildProcess => new CompleteChildProcess(bookmark.Id, "Done"),
                BookmarkKind.Timer => new FireTimer(bookmark.Id),
                _ => new TriggerEvent(bookmark.Id),
            };
            result = Resume(workflow, state, command, now);
            opened.AddRange(result.Effects.OfType<HumanTaskOpened>());
            state = result.State!;
        }

        Assert.True(state.Status == InstanceStatus.Finished, $"{file} stopped {state.Status}: {string.Join(", ", Waiting(workflow, state))}");

        Assert.NotEmpty(opened);
        Assert.All(opened, task => Assert.False(string.IsNullOrEmpty(task.Settings.Task.Role)));
    }

    private static string ProceduresFolder([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "workflows", "procedures"));
}
