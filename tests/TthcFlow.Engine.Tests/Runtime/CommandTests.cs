using TthcFlow.Engine.Runtime;
using static TthcFlow.Engine.Tests.Runtime.RuntimeHarness;

namespace TthcFlow.Engine.Tests.Runtime;

/// <summary>Human tasks and transfers as effects; commands that do not fit are refused and change nothing.</summary>
public sealed class CommandTests
{
    private static readonly Flow Workflow = new FlowBuilder("birth-registration")
        .Start()
        .Activity("receipt", "TthcFlow.Receipt", new() { ["allotment"] = FlowBuilder.Literal("Double", 1) })
        .Officer("appraise", "Approved", "SentBack")
        .Activity("tax", "TthcFlow.Transfer", new()
        {
            ["target"] = FlowBuilder.Object("TthcFlow.UnitRule", new System.Text.Json.Nodes.JsonObject { ["kind"] = "Vertical", ["agencyKind"] = "Tax" }),
            ["allotment"] = FlowBuilder.Literal("Double", 40),
            ["countsTowardLimit"] = FlowBuilder.Literal("Boolean", false),
        })
        .Activity("return", "TthcFlow.ReturnResult")
        .WriteLine("refused", "refused")
        .End()
        .Connect("start", "receipt")
        .Connect("receipt", "appraise", "Accepted")
        .Connect("receipt", "refused", "Refused")
        .Connect("appraise", "tax", "Approved")
        .Connect("appraise", "receipt", "SentBack")
        .Connect("tax", "return")
        .Connect("tax", "appraise", "Returned")
        .Connect("return", "end")
        .Build();

    [Fact]
    public void Human_steps_open_tasks_with_their_settings_and_close_with_the_outcome()
    {
        var started = Start(Workflow);
        var opened = Assert.Single(started.Effects.OfType<HumanTaskOpened>());
        Assert.Equal(("receipt", "TthcFlow.Receipt", T0), (opened.ActivityId, opened.StepType, opened.OpenedAt));
        Assert.Equal(["Accepted", "Supplement", "Refused"], opened.Outcomes);
        Assert.Equal(("Receiving", 1m), (opened.Settings.Task.Unit.Kind, opened.Settings.Task.AllotmentHours));
        Assert.Equal(3, opened.Settings.Task.Escalations.Count);

        var later = T0.AddHours(1);
        var accepted = TryResume(Workflow, started.State!, new CompleteHumanTask(opened.BookmarkId, "Accepted", "desk.officer", "đủ hồ sơ"), later);
        var closed = Assert.Single(accepted.Effects.OfType<BookmarkClosed>());
        Assert.Equal(new BookmarkClosed(opened.BookmarkId, "receipt", BookmarkKind.HumanTask, BookmarkClosure.Resumed, later, "Accepted", "desk.officer", "đủ hồ sơ"), closed);
        var appraise = Assert.Single(accepted.Effects.OfType<HumanTaskOpened>());
        Assert.Equal(("Specialist", "Appraise"), (appraise.Settings.Task.Role, ((TthcFlow.Definitions.Activities.OfficerStepSettings)appraise.Settings).Action.ToString()));
        Assert.Equal(later, appraise.OpenedAt);
    }

    [Fact]
    public void A_transfer_waits_for_the_child_process_and_follows_its_answer()
    {
        var state = Start(Workflow).State!;
        state = Complete(Workflow, state, "receipt", "Accepted").State!;
        var approved = Complete(Workflow, state, "appraise", "Approved");
        var requested = Assert.Single(approved.Effects.OfType<ChildProcessRequested>());
        Assert.Equal(("Vertical", "Tax", false), (requested.Settings.Target.Kind, requested.Settings.Target.AgencyKind, requested.Settings.CountsTime));

        var refused = TryResume(Workflow, approved.State!, new CompleteChildProcess(requested.BookmarkId, "Lost"));
        Assert.Equal(RuntimeErrorCode.InvalidOutcome, refused.Error!.Code);

        var returned = Resume(Workflow, approved.State!, new CompleteChildProcess(requested.BookmarkId, "Returned"));
        Assert.Equal(["appraise"], OpenTasks(Workflow, returned.State!));
        var done = Resume(Workflow, approved.State!, new CompleteChildProcess(requested.BookmarkId, "Done"));
        Assert.Equal(["return"], OpenTasks(Workflow, done.State!));
    }

    [Fact]
    public void Refused_commands_change_nothing()
    {
        var state = Start(Workflow).State!;
        var before = InstanceStateSerializer.Serialize(state);
        var task = Task(state, Workflow, "receipt");

        AssertRefused(new CompleteHumanTask(task.Id, "Approved"), RuntimeErrorCode.InvalidOutcome, "Accepted, Supplement, Refused");
        AssertRefused(new CompleteHumanTask(task.Id, "accepted"), RuntimeErrorCode.InvalidOutcome, "accepted");
        AssertRefused(new CompleteHumanTask(9999, "Accepted"), RuntimeErrorCode.BookmarkNotFound, "9999");
        AssertRefused(new FireTimer(task.Id), RuntimeErrorCode.WrongBookmarkKind, "HumanTask");
        AssertRefused(new CompleteChildProcess(task.Id, "Done"), RuntimeErrorCode.WrongBookmarkKind, "HumanTask");
        Assert.Equal(before, InstanceStateSerializer.Serialize(state));

        var finished = Complete(Workflow, state, "receipt", "Refused").State!;
        Assert.Equal(InstanceStatus.Finished, finished.Status);
        var ended = TryResume(Workflow, finished, new CompleteHumanTask(task.Id, "Accepted"));
        Assert.Equal(RuntimeErrorCode.InstanceEnded, ended.Error!.Code);

        void AssertRefused(RuntimeCommand command, RuntimeErrorCode code, string mentioned)
        {
            var result = TryResume(Workflow, state, command);
            Assert.False(result.Succeeded);
            Assert.Equal(code, result.Error!.Code);
            Assert.Contains(mentioned, result.Error.Message);
            Assert.Same(state, result.State);
            Assert.Empty(result.Effects);
        }
    }

    [Fact]
    public void A_running_instance_stays_on_the_version_it_started_on()
    {
        var v1 = Workflow;
        var v2 = new FlowBuilder("birth-registration", version: 2).Start().WriteLine("hello", "v2").Connect("start", "hello").Build();
        var state = Start(v1).State!;
        Assert.Equal(("birth-registration", 1), (state.DefinitionId, state.Version));

        var wrongVersion = TryResume(v2, state, new CompleteHumanTask(Task(state, v1, "receipt").Id, "Accepted"));
        Assert.Equal(RuntimeErrorCode.VersionMismatch, wrongVersion.Error!.Code);
        Assert.Equal(["appraise"], OpenTasks(v1, Complete(v1, state, "receipt", "Accepted").State!));
        Assert.Equal(["v2"], Start(v2).State!.Journal);
    }

    [Fact]
    public void Cancelling_closes_every_open_task()
    {
        var state = Start(Workflow).State!;
        var result = Resume(Workflow, state, new CancelInstance("rút hồ sơ"));
        Assert.Equal(InstanceStatus.Cancelled, result.State!.Status);
        Assert.Empty(result.State.Bookmarks);
        Assert.Contains(result.Effects, e => e is BookmarkClosed { ActivityId: "receipt", Closure: BookmarkClosure.Cancelled });
    }

    [Fact]
    public void Start_input_must_be_a_json_object()
    {
        var result = TryStart(Workflow, "[1,2]");
        Assert.Equal(RuntimeErrorCode.InvalidInput, result.Error!.Code);
        Assert.Null(result.State);
    }
}
