using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Engine.Cli;

/// <summary>
/// <c>verify-audit [--store CONNECTION] [--dossier CODE]</c>: kiểm tra nhật ký — walks the audit chain
/// of every dossier (or of one) with <see cref="AuditVerifier"/> and prints each broken dossier with
/// the first bad record and what was done to it (edited, deleted, inserted, reordered). The store is
/// <c>--store</c>, else <c>ConnectionStrings__TthcFlow</c>, else the default SQLite file; it is only
/// read. Exit 0 when every chain is intact, 1 when any is broken, 2 on bad arguments or a store
/// that cannot be read.
/// </summary>
public static class VerifyAuditCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        string? store = Environment.GetEnvironmentVariable("ConnectionStrings__TthcFlow"), dossier = null;
        for (int i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                return await Usage($"'{args[i]}' needs a value");
            switch (args[i])
            {
                case "--store": store = args[i + 1]; break;
                case "--dossier": dossier = args[i + 1]; break;
                default: return await Usage($"unknown option '{args[i]}'");
            }
        }

        StoreOptions options;
        try
        {
            // Checked before the options are read, which would create a missing SQLite file's folder.
            if (!(store ?? "").Contains("Host=", StringComparison.OrdinalIgnoreCase)
                && new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(store) ? StoreOptions.DefaultSqlite : store).DataSource is var file && !File.Exists(file))
                return await Usage($"no SQLite store at '{file}'");
            options = StoreOptions.From(store);
        }
        catch (ArgumentException e)
        {
            return await Usage($"unreadable --store: {e.Message}");
        }
        var builder = new DbContextOptionsBuilder<EngineDbContext>();
        builder.UseEngineStore(options);
        AuditVerification? result;
        try
        {
            result = await new AuditVerifier(new PooledDbContextFactory<EngineDbContext>(builder.Options)).VerifyAsync(dossier);
        }
        catch (DbException e)
        {
            await Console.Error.WriteLineAsync($"verify-audit: không đọc được kho / cannot read the store: {e.Message}");
            return 2;
        }
        if (result is null)
            return await Usage($"no dossier with code '{dossier}'");

        foreach (var b in result.Broken)
            Console.WriteLine($"✗ {b.Code ?? "(no dossier row)"} (dossier {b.DossierId}): {b.Damage} at record {b.Seq}{(b.RecordId is { } r ? $" (audit id {r})" : "")} — {b.Reason}");
        Console.WriteLine($"{result.Dossiers} hồ sơ/dossiers, {result.Records} bản ghi/records: "
            + (result.Intact ? "nhật ký nguyên vẹn / every chain intact" : $"{result.Broken.Count} chuỗi bị sửa / chains broken"));
        return result.Intact ? 0 : 1;
    }

    private static async Task<int> Usage(string problem)
    {
        await Console.Error.WriteLineAsync($"verify-audit: {problem}.\nCách dùng / usage: verify-audit [--store CONNECTION] [--dossier CODE]");
        return 2;
    }
}
