using System.Text.Json;
using System.Text.Json.Serialization;

namespace TthcFlow.LoadTest;

/// <summary>The machine-readable result of a replay (<c>summary.json</c>).</summary>
public sealed record LoadSummary
{
    public required int Dossiers { get; init; }
    public required int DossiersPerYear { get; init; }
    public required int Days { get; init; }
    public required int Communes { get; init; }
    public required int Seed { get; init; }
    public required string Store { get; init; }
    public required long Transitions { get; init; }
    public required long Commands { get; init; }
    public required long TimersFired { get; init; }
    public required double WallSeconds { get; init; }
    public required double TransitionsPerSecond { get; init; }
    public required double OnTimeRate { get; init; }
    public required int Finished { get; init; }
    public required int Overdue { get; init; }
    public required int Apologies { get; init; }
    public required int ApologiesIssued { get; init; }
    public required int LostDossiers { get; init; }
    public required int OverdueWithoutApology { get; init; }
    public required int MissingOutbox { get; init; }

    /// <summary>Status messages the (in-process) national portal acknowledged; and deliveries it saw twice (deduped by key).</summary>
    public required long PortalAcknowledged { get; init; }
    public required long PortalDuplicates { get; init; }

    /// <summary>Wall seconds, within <see cref="WallSeconds"/>, spent after the last day sending what the dispatcher had not yet sent (null without the portal).</summary>
    public double? PortalDrainSeconds { get; init; }
    public required long ExpectedRefusals { get; init; }
    public required long Errors { get; init; }

    /// <summary>Steps the engine refused to carry out as a procedure error (their dossiers stay at that step); reported, not an invariant.</summary>
    public required long ProcedureErrors { get; init; }
    public required IReadOnlyList<string> ProcedureErrorMessages { get; init; }
    public required int FiledElsewhere { get; init; }
    public required double PeakMemoryMb { get; init; }
    public required long PipelineRows { get; init; }
    public required long PipelineBatches { get; init; }

    /// <summary>Times the writer emptied the SQLite write-ahead log once it outgrew its limit.</summary>
    public long WalEmptied { get; init; }
    public required long StoreBytes { get; init; }

    /// <summary>Store size (database file and WAL) divided by the dossiers in it.</summary>
    public required long StoreBytesPerDossier { get; init; }
    public double? RawInsertFloorSeconds { get; init; }

    /// <summary>Rows the floor actually timed (its seconds are scaled to <see cref="PipelineRows"/> beyond <see cref="RawInsertFloor.MaxMeasuredRows"/>).</summary>
    public long? RawInsertFloorRowsTimed { get; init; }

    /// <summary>Pages in use at the end × page size (the file keeps pages freed by deleted payloads for reuse).</summary>
    public long? StoreLiveBytesPerDossier { get; init; }

    /// <summary>Where the single writer's time went, in seconds: loading dossiers, applying commands, writing rows, committing (fsync).</summary>
    public IReadOnlyDictionary<string, double>? WriterSeconds { get; init; }
    public double? RatioToRawFloor { get; init; }
    public required bool InvariantsHold { get; init; }
    public required IReadOnlyList<string> Violations { get; init; }
    public required IReadOnlyList<string> ErrorSamples { get; init; }
    public required IReadOnlyDictionary<string, int> FiledByProcedure { get; init; }

    /// <summary>The reporting module's figures for the replayed period, province-wide, with their timings.</summary>
    public ProvinceReports? Reports { get; init; }

    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
