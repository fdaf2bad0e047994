using Microsoft.EntityFrameworkCore;
using TthcFlow.Engine.Apologies;
using TthcFlow.Engine.Dossiers.Commands;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Notifications;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Runtime;
using TthcFlow.Engine.Tests.Persistence;

namespace TthcFlow.Engine.Tests.Deadlines;

/// <summary>
/// A dossier store with a write pipeline on a <see cref="VirtualClock"/>, and the scheduler's part
/// in miniature: moving the clock reads the due rows of the timers table in due order and sends
/// <see cref="TimerFiring.CommandFor"/> of each through the pipeline at its instant.
/// </summary>
public sealed class DeadlineHarness : IAsyncDisposable
{
    public DeadlineHarness(DateTimeOffset start, DossierOptions? options = null)
    {
        Clock = new VirtualClock(start);
        Environment = World.Environment with { Options = options ?? new DossierOptions { NearDueWindow = TimeSpan.FromHours(12) } };
        Pipeline = new CommitPipeline(World.Contexts, Environment, Clock);
        Pipeline.Start();
    }

    public DossierWorld World { get; } = new();
    public VirtualClock Clock { get; }
    public DossierEnvironment Environment { get; private set; }
    public CommitPipeline Pipeline { get; private set; }

    /// <summary>The administrator changes the holiday calendar: the pipeline restarts on the new one.</summary>
    public async Task SwitchCalendarAsync(TthcFlow.Definitions.Calendar.WorkingCalendar calendar)
    {
        await Pipeline.StopAsync();
        Environment = Environment with { Calendar = calendar };
        Pipeline = new CommitPipeline(World.Contexts, Environment, Clock);
        Pipeline.Start();
    }

    /// <summary>Marriage registration (5 working days; appraisal 24 working hours) filed at Hòa Phú's desk now.</summary>
    public async Task<DossierSummary> FileMarriageAsync()
    {
        var result = await Pipeline.ExecuteAsync(World.BirthRegistration("Trần Thị Bình") with { DefinitionId = "marriage-registration", RequestContent = "Đăng ký kết hôn" });
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Dossier!;
    }

    public async Task<CommandResult> RunAsync(DossierCommand command) => await Pipeline.ExecuteAsync(command);

    /// <summary>Moves the clock to an instant, firing every timer row that falls due on the way at its own instant.</summary>
    public async Task AdvanceToAsync(DateTimeOffset instant)
    {
        var fired = new HashSet<DossierTimer>();
        while (true)
        {
            var due = (await TimersAsync()).Where(t => t.DueAt <= instant && !fired.Contains(t)).OrderBy(t => t.DueAt).ThenBy(t => t.Purpose).FirstOrDefault();
            if (due is null)
                break;
            Clock.AdvanceTo(due.DueAt);
            fired.Add(due);
            var result = await Pipeline.ExecuteAsync(TimerFiring.CommandFor(due));
            Assert.True(result.Succeeded, result.Error?.Message);
        }
        Clock.AdvanceTo(instant);
    }

    public async Task<List<DossierTimer>> TimersAsync()
    {
        await using var db = World.Db();
        return await db.Set<DossierTimer>().AsNoTracking().ToListAsync();
    }

    public async Task<List<T>> RowsAsync<T>() where T : class
    {
        await using var db = World.Db();
        return await db.Set<T>().AsNoTracking().ToListAsync();
    }

    public async Task<Dossier> DossierAsync(long id)
    {
        await using var db = World.Db();
        return await db.Set<Dossier>().AsNoTracking().SingleAsync(d => d.Id == id);
    }

    public async Task<List<Notification>> NotificationsAsync(long dossierId) =>
        [.. await new NotificationQueries(World.Contexts).ForDossierAsync(dossierId)];

    public async Task<List<OutboxMessage>> OutboxAsync(string kind)
    {
        await using var db = World.Db();
        return await db.Set<OutboxMessage>().AsNoTracking().Where(o => o.Kind == kind).OrderBy(o => o.Id).WithPayloadsAsync(db);
    }

    public async Task<Apology> SingleApologyAsync() => Assert.Single(await RowsAsync<Apology>());

    /// <summary>An instant in Vietnam time.</summary>
    public static DateTimeOffset Vn(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.FromHours(7));

    public async ValueTask DisposeAsync()
    {
        await Pipeline.StopAsync();
        await World.DisposeAsync();
    }
}
