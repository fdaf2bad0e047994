using System.Buffers;

namespace TthcFlow.Engine.Runtime;

/// <summary>
/// Writes and reads <see cref="InstanceState"/> in a compact binary form, one blob per dossier:
/// integers as LEB128 varints (zig-zag where they may be negative), strings as a varint length
/// plus UTF-8, instants as UTC ticks plus an offset in minutes. A format byte leads, so a later
/// layout can still read this one. A suspended instance with a few tokens and one open task
/// takes well under 200 bytes; reading allocates only the state itself.
/// </summary>
public static class InstanceStateSerializer
{
    /// <summary>The layout written by this version.</summary>
    public const byte FormatVersion = 1;

    public static byte[] Serialize(InstanceState state)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        Write(state, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    public static void Write(InstanceState state, IBufferWriter<byte> output)
    {
        var w = new StateWriter(output);
        w.Byte(FormatVersion);
        w.String(state.DefinitionId);
        w.Int(state.Version);
        w.Byte((byte)state.Status);
        w.Bool(state.Fault is not null);
        if (state.Fault is { } fault)
        {
            w.String(fault.ActivityId);
            w.String(fault.Message);
            w.NullableString(fault.Code);
        }

        w.Int(state.NextId);
        w.Long(state.Steps);
        w.NullableString(state.InputJson);
        w.Int(state.Variables.Count);
        foreach (var value in state.Variables)
            w.NullableString(value);

        w.Int(state.Scopes.Count);
        foreach (var scope in state.Scopes)
        {
            w.Int(scope.Id);
            w.Int(scope.Flowchart);
            w.Int(scope.Owner);
            w.Int(scope.Locals.Count);
            foreach (var local in scope.Locals)
            {
                w.String(local.Name);
                w.NullableString(local.Json);
            }

            w.Int(scope.Tokens.Count);
            foreach (var token in scope.Tokens)
            {
                w.Int(token.From);
                w.String(token.Port);
                w.Int(token.To);
                w.Byte((byte)((token.Consumed ? 1 : 0) | (token.Blocked ? 2 : 0)));
            }
        }

        w.Int(state.Bookmarks.Count);
        foreach (var bookmark in state.Bookmarks)
        {
            w.Int(bookmark.Id);
            w.Int(bookmark.Node);
            w.Int(bookmark.Scope);
            w.Byte((byte)bookmark.Kind);
            w.Byte((byte)((bookmark.DueAt is null ? 0 : 1) | (bookmark.EventName is null ? 0 : 2)));
            if (bookmark.DueAt is { } due)
                w.Instant(due);
            if (bookmark.EventName is { } name)
                w.String(name);
        }

        w.Int(state.Journal.Count);
        foreach (var line in state.Journal)
            w.String(line);
    }

    /// <summary>Reads a state; throws <see cref="FormatException"/> when the bytes are not one.</summary>
    public static InstanceState Deserialize(ReadOnlySpan<byte> data)
    {
        var r = new StateReader(data);
        var format = r.Byte();
        if (format != FormatVersion)
            throw new FormatException($"Unknown instance state format {format}.");
        var definitionId = r.String();
        var version = r.Int();
        var status = (InstanceStatus)r.Byte();
        var fault = r.Bool() ? new FaultInfo(r.String(), r.String(), r.NullableString()) : null;
        var nextId = r.Int();
        var steps = r.Long();
        var input = r.NullableString();
        var variables = new string?[r.Count()];
        for (var i = 0; i < variables.Length; i++)
            variables[i] = r.NullableString();

        var scopes = new ScopeState[r.Count()];
        for (var i = 0; i < scopes.Length; i++)
        {
            var id = r.Int();
            var flowchart = r.Int();
            var owner = r.Int();
            var locals = new LocalValue[r.Count()];
            for (var j = 0; j < locals.Length; j++)
                locals[j] = new LocalValue(r.String(), r.NullableString());
            var tokens = new TokenState[r.Count()];
            for (var j = 0; j < tokens.Length; j++)
            {
                var from = r.Int();
                var port = r.String();
                var to = r.Int();
                var flags = r.Byte();
                tokens[j] = new TokenState(from, port, to, (flags & 1) != 0, (flags & 2) != 0);
            }

            scopes[i] = new ScopeState(id, flowchart, owner, locals, tokens);
        }

        var bookmarks = new BookmarkState[r.Count()];
        for (var i = 0; i < bookmarks.Length; i++)
        {
            var id = r.Int();
            var node = r.Int();
            var scope = r.Int();
            var kind = (BookmarkKind)r.Byte();
            var flags = r.Byte();
            DateTimeOffset? due = (flags & 1) != 0 ? r.Instant() : null;
            var eventName = (flags & 2) != 0 ? r.String() : null;
            bookmarks[i] = new BookmarkState(id, node, scope, kind, due, eventName);
        }

        var journal = new string[r.Count()];
        for (var i = 0; i < journal.Length; i++)
            journal[i] = r.String();
        r.End();

        return new InstanceState
        {
            DefinitionId = definitionId,
            Version = version,
            Status = status,
            Fault = fault,
            NextId = nextId,
            Steps = steps,
            InputJson = input,
            Variables = variables,
            Scopes = scopes,
            Bookmarks = bookmarks,
            Journal = journal,
        };
    }
}
