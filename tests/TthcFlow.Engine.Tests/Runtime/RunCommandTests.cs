using TthcFlow.Engine.Cli;
using static TthcFlow.Engine.Tests.Runtime.RuntimeHarness;

namespace TthcFlow.Engine.Tests.Runtime;

/// <summary>The <c>run</c> verb's code path, called directly.</summary>
public sealed class RunCommandTests
{
    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = RunCommand.Run(args, output, error);
        return (exit, output.ToString().ReplaceLineEndings("\n"), error.ToString());
    }

    [Theory]
    [InlineData("writeline.json", """{"status":"Finished","output":["Dummy Text"]}""", 0)]
    [InlineData("fork-decision-join-none.json", """{"status":"Finished","output":["A","C"]}""", 0)]
    [InlineData("fork-decision-join-converge.json", """{"status":"Suspended","output":["A"]}""", 0)]
    [InlineData("fork-decision-join-waitall.json", """{"status":"Faulted","output":["A","C","B","D"]}""", 1)]
    [InlineData("implicit-loop-legacy-3.0-format.json", """{"status":"Finished","output":["Do something","Retry","Do something","Done"]}""", 0)]
    [InlineData("timer-workflow.json", """{"status":"Finished","output":["Hello from timer"]}""", 0)]
    [InlineData("fork-containment-event.json", """{"status":"Finished","output":["Intermediary",""]}""", 0)]
    [InlineData("flowchart-completion-3.json", """{"status":"Finished","output":["WriteLine1","WriteLine2","WriteLine3","WriteLine4","WriteLine5","WriteLine6","WriteLine8","WriteLine7","WriteLine9","WriteLine8","WriteLine9"]}""", 0)]
    public void Json_output_is_one_line_with_status_and_output(string sample, string expected, int exitCode)
    {
        var (exit, output, _) = Run(SamplePath(sample), "--json");
        Assert.Equal(expected + "\n", output);
        Assert.Equal(exitCode, exit);
    }

    [Fact]
    public void Text_output_lists_the_lines_then_the_status()
    {
        var (finishedExit, finished, _) = Run(SamplePath("writeline.json"));
        Assert.Equal((0, "Dummy Text\nstatus: Finished\n"), (finishedExit, finished));
        var (exit, output, _) = Run(SamplePath("fork-decision-join-waitall.json"));
        Assert.Equal((1, "A\nC\nB\nD\nstatus: Faulted (cfffbc06a0b6eeb0: that went south)\n"), (exit, output));
    }

    [Fact]
    public void It_stops_when_the_procedure_waits_on_an_officer()
    {
        var file = Path.GetTempFileName();
        try
        {
            var json = new FlowBuilder("officer")
                .Start()
                .WriteLine("hello", "Xin chào")
                .Delay("pause", "01:00:00")
                .Officer("appraise", "Approved")
                .Connect("start", "hello")
                .Connect("hello", "pause")
                .Connect("pause", "appraise")
                .Json();
            File.WriteAllText(file, json.ToJsonString());
            var (exit, output, _) = Run(file, "--json");
            Assert.Equal((0, """{"status":"Suspended","output":["Xin chào"]}""" + "\n"), (exit, output));
            Assert.Equal("Xin chào\nstatus: Suspended (waiting on: HumanTask appraise #2)\n", Run(file).Output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Unreadable_or_invalid_input_exits_2_with_the_location()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "{\"definitionId\": \"x\",\n  \"root\": [}");
            var (exit, _, error) = Run(file, "--json");
            Assert.Equal(2, exit);
            Assert.Contains("line 2", error);

            File.WriteAllText(file, new FlowBuilder("broken").Start().Connect("start", "nowhere").Json().ToJsonString());
            (exit, _, error) = Run(file);
            Assert.Equal(2, exit);
            Assert.Contains("[start", error);
            Assert.Contains("nowhere", error);

            Assert.Equal(2, Run(Path.Combine(Path.GetTempPath(), "no-such-definition.json")).Exit);
            Assert.Equal(2, Run().Exit);
            Assert.Equal(2, Run(SamplePath("writeline.json"), "--verbose").Exit);
            Assert.Equal(2, Run(SamplePath("writeline.json"), "--input", "[1]").Exit);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
