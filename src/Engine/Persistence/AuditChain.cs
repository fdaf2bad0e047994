using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using TthcFlow.Engine.Dossiers.Model;

namespace TthcFlow.Engine.Persistence;

/// <summary>
/// The hash chain of a dossier's audit records: each record's hash is SHA-256 over the previous
/// record's hash and the record's own fields in a fixed binary layout (little-endian numbers,
/// length-prefixed UTF-8 strings), so editing or deleting any record breaks every later hash and
/// the head kept on the dossier row.
/// </summary>
public static class AuditChain
{
    /// <summary>The record for one change, chained to <paramref name="prevHash"/>.</summary>
    internal static AuditRecord Record(
        long id, long dossierId, int seq, DateTimeOffset at, AuditEntry entry, NationalStatus status, byte[]? prevHash)
    {
        var record = new AuditRecord
        {
            Id = id,
            DossierId = dossierId,
            Seq = seq,
            At = at,
            Actor = entry.Actor,
            Action = entry.Action,
            TaskId = entry.TaskId,
            Status = status,
            Detail = entry.Detail,
            PrevHash = prevHash,
            Hash = [],
        };
        return record with { Hash = Hash(record) };
    }

    /// <summary>The hash a record must carry given its fields and <see cref="AuditRecord.PrevHash"/>.</summary>
    public static byte[] Hash(AuditRecord record)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        Write(buffer, record.PrevHash ?? []);
        WriteInt64(buffer, record.DossierId);
        WriteInt64(buffer, record.Seq);
        WriteInt64(buffer, record.At.ToUnixTimeMilliseconds());
        WriteInt64(buffer, record.TaskId ?? -1);
        WriteInt64(buffer, (long)record.Status);
        Write(buffer, record.Action);
        Write(buffer, record.Actor);
        Write(buffer, record.Detail);
        return SHA256.HashData(buffer.WrittenSpan);
    }

    private static void WriteInt64(ArrayBufferWriter<byte> buffer, long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(buffer.GetSpan(8), value);
        buffer.Advance(8);
    }

    private static void Write(ArrayBufferWriter<byte> buffer, string? text)
    {
        if (text is null)
        {
            WriteInt64(buffer, -1);
            return;
        }
        int length = Encoding.UTF8.GetByteCount(text);
        WriteInt64(buffer, length);
        Encoding.UTF8.GetBytes(text, buffer.GetSpan(length));
        buffer.Advance(length);
    }

    private static void Write(ArrayBufferWriter<byte> buffer, byte[] bytes)
    {
        WriteInt64(buffer, bytes.Length);
        bytes.CopyTo(buffer.GetSpan(bytes.Length));
        buffer.Advance(bytes.Length);
    }
}
