using System.Buffers;
using System.Text;

namespace TthcFlow.Engine.Runtime;

/// <summary>The primitives of the instance-state layout, written straight into a buffer writer.</summary>
internal ref struct StateWriter(IBufferWriter<byte> output)
{
    private readonly IBufferWriter<byte> _output = output;

    public void Byte(byte value)
    {
        _output.GetSpan(1)[0] = value;
        _output.Advance(1);
    }

    public void Bool(bool value) => Byte(value ? (byte)1 : (byte)0);

    /// <summary>Zig-zag varint, so -1 (no owner) takes one byte.</summary>
    public void Int(int value) => ULong((uint)((value << 1) ^ (value >> 31)));

    public void Long(long value) => ULong((ulong)((value << 1) ^ (value >> 63)));

    public void String(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        ULong((ulong)length);
        var span = _output.GetSpan(length);
        Encoding.UTF8.GetBytes(value, span);
        _output.Advance(length);
    }

    /// <summary>Length + 1, with 0 for null.</summary>
    public void NullableString(string? value)
    {
        if (value is null)
        {
            Byte(0);
            return;
        }

        var length = Encoding.UTF8.GetByteCount(value);
        ULong((ulong)length + 1);
        var span = _output.GetSpan(length);
        Encoding.UTF8.GetBytes(value, span);
        _output.Advance(length);
    }

    public void Instant(DateTimeOffset value)
    {
        Long(value.UtcTicks);
        Int((int)value.Offset.TotalMinutes);
    }

    private void ULong(ulong value)
    {
        var span = _output.GetSpan(10);
        var i = 0;
        while (value >= 0x80)
        {
            span[i++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[i++] = (byte)value;
        _output.Advance(i);
    }
}

/// <summary>Reads what <see cref="StateWriter"/> wrote; any inconsistency is a <see cref="FormatException"/>.</summary>
internal ref struct StateReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> _data = data;
    private int _position;

    public byte Byte()
    {
        if (_position >= _data.Length)
            throw new FormatException("The instance state ends too early.");
        return _data[_position++];
    }

    public bool Bool() => Byte() != 0;

    public int Int()
    {
        var raw = ULong();
        if (raw > uint.MaxValue)
            throw new FormatException("An integer of the instance state is out of range.");
        var value = (uint)raw;
        return (int)(value >> 1) ^ -(int)(value & 1);
    }

    /// <summary>A non-negative count no larger than the bytes left (each item takes at least one).</summary>
    public int Count()
    {
        var count = Int();
        if (count < 0 || count > _data.Length - _position)
            throw new FormatException("A count of the instance state is out of range.");
        return count;
    }

    public long Long()
    {
        var value = ULong();
        return (long)(value >> 1) ^ -(long)(value & 1);
    }

    public string String() => Utf8(checked((int)ULong()));

    public string? NullableString()
    {
        var length = ULong();
        return length == 0 ? null : Utf8(checked((int)(length - 1)));
    }

    public DateTimeOffset Instant()
    {
        var ticks = Long();
        var offset = TimeSpan.FromMinutes(Int());
        return new DateTimeOffset(ticks + offset.Ticks, offset);
    }

    public readonly void End()
    {
        if (_position != _data.Length)
            throw new FormatException("The instance state has trailing bytes.");
    }

    private string Utf8(int length)
    {
        if (length < 0 || length > _data.Length - _position)
            throw new FormatException("A string of the instance state is out of range.");
        var text = Encoding.UTF8.GetString(_data.Slice(_position, length));
        _position += length;
        return text;
    }

    private ulong ULong()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = Byte();
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
                return value;
        }

        throw new FormatException("A varint of the instance state is too long.");
    }
}
