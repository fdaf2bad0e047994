using System.Text.Encodings.Web;
using System.Text.Json;
using TthcFlow.Definitions.Compilation;
using TthcFlow.Definitions.Elsa;
using TthcFlow.Definitions.Model;
using TthcFlow.Definitions.Validation;
using TthcFlow.Engine.Runtime;
using TthcFlow.Engine.Runtime.Graph;

namespace TthcFlow.Engine.Cli;

/// <summary>
/// <c>run &lt;definition.json&gt; [--json] [--input &lt;json-object&gt;]</c>: reads and compiles a
/// definition, then executes it on a virtual clock that starts at <see cref="VirtualClock.DefaultStart"/>.
/// Timers fire at once by advancing the clock to their due instant and events are raised, until
/// the instance finishes, faults, or waits on an officer (or another unit); then the WriteLine
/// output and the final status are printed. With <c>--json</c>, one line:
/// <c>{"status":"…","output":[…]}</c>. Exit 0 when Finished or Suspended, 1 when Faulted, 2 for
/// bad usage or an unreadable or invalid definition (with the located errors).
/// </summary>
public static class RunCommand
{
    /// <summary>Firings after which a definition that keeps re-arming timers is stopped.</summary>
    private const int MaxFirings = 100_000;

    private static readonly JsonWriterOptions OneLine = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task<int> RunAsync(string[] args) => Task.FromResult(Run(args, Console.Out, Console.Error));

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (!TryParse(args, out var file, out var json, out var input))
        {
            error.WriteLine("Cách dùng / usage: run <definition.json> [--json] [--input <json-object>]");
            return 2;
        }

        WorkflowDefinition definition;
        RuntimeGraph graph;
        try
        {
            definition = ElsaJson.Read(File.ReadAllBytes(file));
            graph = RuntimeGraphs.Of(WorkflowCompiler.Compile(definition), definition);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"Không đọc được / cannot read: {file}: {e.Message}");
            return 2;
        }
        catch (DefinitionFormatException e)
        {
            error.WriteLine($"✗ {file}: {e.JsonPath} line {e.Line}, col {e.Column}: {e.MessageVi} | {e.MessageEn}");
            return 2;
        }
        catch (InvalidDefinitionException e)
        {
            error.WriteLine($"✗ {file}: {e.Report.Errors.Count()} lỗi/errors");
            foreach (var issue in e.Report.Errors)
                error.WriteLine($"    {issue.Code} {Where(issue)}: {issue.MessageVi} | {issue.MessageEn}");
            return 2;
        }

        var clock = new VirtualClock();
        var runner = new WorkflowRunner();
        var result = runner.StartGraph(graph, new StartInput(clock.Now, input));
        if (result.Error is { } refused)
        {
            error.WriteLine($"✗ {refused.Code}: {refused.Message}");
            return 2;
        }

        var state = result.State!;
        for (var firings = 0; state.Status == InstanceStatus.Suspended; firings++)
        {
            if (NextUnattended(state) is not { } next)
                break;
            if (firings == MaxFirings)
            {
                error.WriteLine($"Dừng sau / stopped after {MaxFirings} timers and events.");
                break;
            }

            if (next.Due is { } due)
                clock.AdvanceTo(due);
            state = runner.ResumeGraph(graph, state, next.Command, clock.Now).State!;
        }

        Print(output, json, state, WorkflowRunner.Waiting(graph, state));
        return state.Status == InstanceStatus.Faulted ? 1 : 0;
    }

    /// <summary>The next bookmark nobody has to act on: an event, else the earliest timer; null when only people (or joins) are waited for.</summary>
    private static (RuntimeCommand Command, DateTimeOffset? Due)? NextUnattended(InstanceState state)
    {
        if (state.Bookmarks.Any(b => b.Kind is BookmarkKind.HumanTask or BookmarkKind.ChildProcess))
            return null;
        if (state.Bookmarks.FirstOrDefault(b => b.Kind == BookmarkKind.Event) is { } raised)
            return (new TriggerEvent(raised.Id), null);
        var timer = state.Bookmarks.Where(b => b.Kind == BookmarkKind.Timer).OrderBy(b => b.DueAt).ThenBy(b => b.Id).FirstOrDefault();
        return timer is null ? null : (new FireTimer(timer.Id), timer.DueAt);
    }

    private static void Print(TextWriter output, bool json, InstanceState state, IReadOnlyList<WaitInfo> waiting)
    {
        if (json)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, OneLine))
            {
                writer.WriteStartObject();
                writer.WriteString("status", state.Status.ToString());
                writer.WriteStartArray("output");
                foreach (var line in state.Journal)
                    writer.WriteStringValue(line);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            return;
        }

        foreach (var line in state.Journal)
            output.WriteLine(line);
        var detail = state.Status switch
        {
            InstanceStatus.Faulted => $" ({state.Fault!.ActivityId}: {state.Fault.Message})",
            InstanceStatus.Suspended when waiting.Count > 0 =>
                " (waiting on: " + string.Join(", ", waiting.Select(w => w.BookmarkId is { } id ? $"{w.Kind} {w.ActivityId} #{id}" : $"{w.Kind} {w.ActivityId}")) + ")",
            _ => "",
        };
        output.WriteLine($"status: {state.Status}{detail}");
    }

    private static string Where(ValidationIssue issue) =>
        issue.ActivityId is null ? "" : $"[{issue.ActivityId}{(issue.Field is null ? "" : "." + issue.Field)}]";

    private static bool TryParse(string[] args, out string file, out bool json, out string? input)
    {
        (file, json, input) = ("", false, null);
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--json":
                    json = true;
                    break;
                case "--input" when i + 1 < args.Length:
                    input = args[++i];
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    return false;
                case var path when file.Length == 0:
                    file = path;
                    break;
                default:
                    return false;
            }
        }

        return file.Length > 0;
    }
}
