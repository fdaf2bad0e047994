using TthcFlow.Engine.Deadlines;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Tasks;
using static TthcFlow.Engine.Tests.Deadlines.DeadlineHarness;

namespace TthcFlow.Engine.Tests.Deadlines;

/// <summary>
/// The two-appointment model of land procedures: the tax authority's time and the citizen's payment
/// are not counted; the clock stops when the dossier goes to the tax office and runs again when the
/// payment is confirmed, which gives the second appointment (hẹn lần 2).
/// </summary>
public sealed class FinancialObligationTests
{
    [Fact]
    public async Task Tax_time_and_payment_are_not_counted_and_give_the_second_appointment()
    {
        // Land transfer (8 working days) received Mon 2/3 08:00: first appointment Thu 12/3 08:00.
        await using var h = new DeadlineHarness(Vn(2026, 3, 2, 8));
        var filed = await h.RunAsync(h.World.BirthRegistration("Lê Văn Cường") with { DefinitionId = "land-transfer-registration", RequestContent = "Chuyển nhượng quyền sử dụng đất" });
        Assert.True(filed.Succeeded, filed.Error?.Message);
        var dossier = filed.Dossier!;
        Assert.Equal(Vn(2026, 3, 12, 8), (await h.DossierAsync(dossier.Id)).AppointmentAt);

        var current = dossier;
        foreach (var outcome in new[] { "Approved", "Approved" })
        {
            var task = current.ActiveTasks.Single();
            var done = await h.RunAsync(new CompleteTask(task.Id, task.Outcomes.Contains(outcome) ? outcome : task.Outcomes[0], null, h.World.OfficerFor(task)));
            Assert.True(done.Succeeded, done.Error?.Message);
            current = done.Dossier!;
        }
        var tax = current.ActiveTasks.Single();
        Assert.Equal("TthcFlow.Transfer", tax.StepType);
        Assert.NotNull(Assert.Single(await h.RowsAsync<ClockPause>()).DueBefore);
        Assert.DoesNotContain(await h.TimersAsync(), t => t.Purpose == TimerPurpose.AppointmentPassed);

        await h.AdvanceToAsync(Vn(2026, 3, 5, 10));
        current = (await h.RunAsync(new CompleteTask(tax.Id, "Done", null, h.World.OfficerFor(tax)))).Dossier!;
        Assert.Equal(NationalStatus.WaitingForFinancialObligation, current.Status);
        var payment = current.ActiveTasks.Single();

        await h.AdvanceToAsync(Vn(2026, 3, 9, 9));
        var paid = await h.RunAsync(new CompleteTask(payment.Id, "Paid", null, h.World.OfficerFor(payment)));
        Assert.True(paid.Succeeded, paid.Error?.Message);

        // 64 working hours were left when the dossier went to the tax office; counted again from Mon 9/3 09:00.
        var pause = Assert.Single(await h.RowsAsync<ClockPause>());
        Assert.Equal((PauseKind.FinancialObligation, Vn(2026, 3, 12, 8), Vn(2026, 3, 19, 9)), (pause.Kind, pause.DueBefore!.Value, pause.DueAfter!.Value));
        var d = await h.DossierAsync(dossier.Id);
        Assert.Equal(Vn(2026, 3, 19, 9), d.WorkingDueAt);
        Assert.Equal(NationalStatus.InProcess, d.Status);
        Assert.Contains(await h.TimersAsync(), t => t.Purpose == TimerPurpose.AppointmentPassed && t.DueAt == Vn(2026, 3, 19, 9));
    }
}
