using TthcFlow.Engine.Apologies;
using TthcFlow.Engine.Deadlines;
using TthcFlow.Engine.Notifications;
using TthcFlow.Engine.Runtime;
using TthcFlow.Engine.Tasks;

namespace TthcFlow.Engine.Dossiers.Model;

/// <summary>
/// A dossier with everything a command needs to decide: its row, its procedure instance, its tasks
/// (the steps so far), documents, fees, supplement requests, notifications, apologies and clock
/// pauses. Immutable; commands return a new
/// value and the write pipeline persists the difference.
/// </summary>
public sealed record DossierState(
    Dossier Dossier,
    InstanceState Instance,
    IReadOnlyList<DossierTask> Tasks,
    IReadOnlyList<DossierDocument> Documents,
    IReadOnlyList<DossierFee> Fees,
    IReadOnlyList<SupplementRequest> Supplements)
{
    public long Id => Dossier.Id;

    /// <summary>Thông báo, nhắc việc raised for this dossier.</summary>
    public IReadOnlyList<Notification> Notifications { get; init; } = [];

    /// <summary>Văn bản xin lỗi owed or issued.</summary>
    public IReadOnlyList<Apology> Apologies { get; init; } = [];

    /// <summary>Intervals the law does not count (supplement, financial obligation, suspension).</summary>
    public IReadOnlyList<ClockPause> Pauses { get; init; } = [];

    /// <summary>The pause in force, or null while the clock runs.</summary>
    public ClockPause? OpenPause => Pauses.LastOrDefault(p => p.IsOpen);

    public DossierState WithNotifications(IEnumerable<Notification> added) => this with { Notifications = [.. Notifications, .. added] };

    public DossierState WithApology(Apology apology) =>
        this with { Apologies = [.. Apologies.Where(a => a.Id != apology.Id), apology] };

    public DossierState WithPause(ClockPause pause) =>
        this with { Pauses = [.. Pauses.Where(p => p.Id != pause.Id), pause] };

    public DossierTask? FindTask(long taskId)
    {
        foreach (var task in Tasks)
        {
            if (task.Id == taskId)
                return task;
        }
        return null;
    }

    /// <summary>The live task waiting on a runtime bookmark, or null.</summary>
    public DossierTask? ActiveTaskFor(int bookmarkId)
    {
        foreach (var task in Tasks)
        {
            if (task.BookmarkId == bookmarkId && task.IsActive)
                return task;
        }
        return null;
    }

    /// <summary>This state with <paramref name="task"/> replacing the task of the same id, or added.</summary>
    public DossierState WithTask(DossierTask task)
    {
        var tasks = new DossierTask[Tasks.Count + (FindTask(task.Id) is null ? 1 : 0)];
        for (int i = 0; i < Tasks.Count; i++)
            tasks[i] = Tasks[i].Id == task.Id ? task : Tasks[i];
        if (tasks.Length > Tasks.Count)
            tasks[^1] = task;
        return this with { Tasks = tasks };
    }

    public DossierState WithSupplement(SupplementRequest request) =>
        this with { Supplements = [.. Supplements.Where(s => s.Id != request.Id), request] };

    public DossierState Change(Func<Dossier, Dossier> change) => this with { Dossier = change(Dossier) };
}
