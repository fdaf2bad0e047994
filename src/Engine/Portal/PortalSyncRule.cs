using System.Linq.Expressions;
using TthcFlow.Engine.Persistence;

namespace TthcFlow.Engine.Portal;

/// <summary>
/// The one definition of where a status-sync message stands, used by the dispatcher, the
/// reconciliation report and the reports' "synced" figure (tỷ lệ đồng bộ). A message is
/// <b>settled</b> once the portal holds its state — acknowledged, or superseded by a later
/// acknowledged version of the same dossier; otherwise it is <b>dead-lettered</b> (waiting for
/// an administrator) or <b>pending</b> (live: in the queue, in flight or in backoff).
/// A dossier is synced when none of its status messages is unsettled.
/// </summary>
public static class PortalSyncRule
{
    public static readonly Expression<Func<OutboxMessage, bool>> Settled = o => o.DispatchedAt != null;
    public static readonly Expression<Func<OutboxMessage, bool>> Pending = o => o.DispatchedAt == null && o.DeadLetteredAt == null;
    public static readonly Expression<Func<OutboxMessage, bool>> DeadLettered = o => o.DispatchedAt == null && o.DeadLetteredAt != null;

    /// <summary>SQL: the message under <paramref name="alias"/> is not settled (pending or dead-lettered).</summary>
    public static string UnsettledSql(string alias) => $"""{alias}."DispatchedAt" IS NULL""";

    /// <summary>SQL: acknowledged itself (not merely superseded).</summary>
    public static string AcknowledgedSql(string alias) => $"""({alias}."DispatchedAt" IS NOT NULL AND {alias}."DeadLetteredAt" IS NULL)""";

    /// <summary>SQL: dead-lettered, then settled by a later acknowledged version.</summary>
    public static string SupersededSql(string alias) => $"""({alias}."DispatchedAt" IS NOT NULL AND {alias}."DeadLetteredAt" IS NOT NULL)""";

    /// <summary>SQL: live — queued, in flight or in backoff.</summary>
    public static string PendingSql(string alias) => $"""({alias}."DispatchedAt" IS NULL AND {alias}."DeadLetteredAt" IS NULL)""";

    /// <summary>SQL: on the dead-letter list.</summary>
    public static string DeadLetteredSql(string alias) => $"""({alias}."DispatchedAt" IS NULL AND {alias}."DeadLetteredAt" IS NOT NULL)""";
}
