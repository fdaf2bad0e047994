using System.Text.Encodings.Web;
using System.Text.Json;
using TthcFlow.Definitions.Elsa;
using TthcFlow.Definitions.Model;
using TthcFlow.Engine.Runtime;

namespace TthcFlow.Engine.Cli;

/// <summary>
/// <c>run &lt;definition.json&gt; [--json] [--input &lt;json-object&gt;]</c>: executes a definition on a
/// virtual clock that starts at <see cref="VirtualClock.DefaultStart"/>. Timers fire at once by
/// advancing the clock to their due instant and events are raised, until the instance finishes,
/// faults, or waits on an officer (or another unit); then the WriteLine output and the final
/// status are printed. With <c>--json</c>, one line: <c>{"status":"…","output":[…]}</c>.
/// Exit 0 when Finished or Suspended, 1 when Faulted, 2 for bad usage or an unreadable or invalid
/// definition (with the located errors).
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
        try
        {
            definition = ElsaJson.Read(File.ReadAllBytes(file));
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

        var clock = new VirtualClock();
        var runner = new WorkflowRunner();
        var result = runner.Start(definition, new StartInput(clock.Now, input));
        if (result.Error is { } refused)
        {
            error.WriteLine($"✗ {refused.Code}: {refused.Message}");
            return 2;
        }

        var state = result.State!;
        for (var firings = 0; state.Status == InstanceStatus.Suspended; firings++)
        {
            if (NextUnattended(state) is not { } command)
                break;
            if (firings == MaxFirings)
            {
                error.WriteLine($"Dừng sau / stopped after {MaxFirings} timers and events.");
                break;
            }

            if (command is (FireTimer, { } due))
                clock.AdvanceTo(due);
            state = runner.Resume(definition, state, command.Command, clock.Now).State!;
        }

        Print(output, json, state, WorkflowRunner.Waiting(definition, state));
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
