using TthcFlow.Engine.Runtime;
using TthcFlow.Engine.Tasks;

namespace TthcFlow.Engine.Dossiers.Model;

/// <summary>
/// A dossier with everything a command needs to decide: its row, its procedure instance, its tasks
/// (the steps so far), documents, fees and supplement requests. Immutable; commands return a new
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
