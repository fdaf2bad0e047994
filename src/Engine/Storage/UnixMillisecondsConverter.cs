using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TthcFlow.Engine.Storage;

/// <summary>
/// Stores instants as Unix milliseconds (INTEGER / bigint) on every provider: comparable and
/// range-indexable in SQLite (which has no native instant type), and compact. Read back at UTC.
/// </summary>
public sealed class UnixMillisecondsConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.ToUnixTimeMilliseconds(),
    v => DateTimeOffset.FromUnixTimeMilliseconds(v));
