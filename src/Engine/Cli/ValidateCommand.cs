using System.Text.Json;
using TthcFlow.Engine.Definitions;
using TthcFlow.Engine.Hosting;

namespace TthcFlow.Engine.Cli;

/// <summary>
/// <c>validate &lt;file-or-folder&gt;</c>: checks procedure definitions the way import does, against
/// the organisation shipped with the engine. Exit 0 when every definition is valid (warnings
/// allowed), 1 when any has errors, 2 on bad usage. JSON files that are not workflow definitions
/// (calendars, organisation data: no <c>root</c> property) are skipped and said so.
/// </summary>
public static class ValidateCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        if (args.Length != 1)
        {
            Console.Error.WriteLine("Cách dùng / usage: validate <file-or-folder>");
            return Task.FromResult(2);
        }
        var target = Path.GetFullPath(args[0]);
        var files = File.Exists(target) ? [target]
            : Directory.Exists(target) ? Directory.EnumerateFiles(target, "*.json", SearchOption.AllDirectories).Order().ToArray()
            : null;
        if (files is null)
        {
            Console.Error.WriteLine($"Không tìm thấy / not found: {args[0]}");
            return Task.FromResult(2);
        }

        var checker = ReferenceData.Load(WorkflowsFolder.From(new ConfigurationBuilder().AddEnvironmentVariables().Build())).Checker;
        int valid = 0, invalid = 0, skipped = 0;
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(Directory.GetCurrentDirectory(), file);
            var text = File.ReadAllText(file);
            if (!LooksLikeDefinition(text))
            {
                skipped++;
                continue;
            }
            var result = checker.Check(text);
            var issues = result.Rejection?.Issues ?? result.Report ?? [];
            var ok = result.Rejection is null;
            Console.WriteLine($"{(ok ? "✓" : "✗")} {name}{(issues.Count > 0 ? $" ({issues.Count(i => i.Severity == "Error")} lỗi/errors, {issues.Count(i => i.Severity == "Warning")} cảnh báo/warnings)" : "")}");
            foreach (var i in issues)
            {
                var where = (i.ActivityId is null ? "" : $"[{i.ActivityId}]") + (i.Field is null ? "" : $".{i.Field}")
                    + (i.Line is null ? "" : $" line {i.Line}, col {i.Column}");
                Console.WriteLine($"    {i.Severity.ToLowerInvariant()} {i.Code} {where}: {i.MessageVi} | {i.MessageEn}");
            }
            if (ok) valid++; else invalid++;
        }
        Console.WriteLine($"{valid} hợp lệ/valid, {invalid} không hợp lệ/invalid, {skipped} bỏ qua (không phải quy trình)/skipped (not definitions)");
        return Task.FromResult(invalid == 0 ? 0 : 1);
    }

    /// <summary>A definition has a <c>root</c> activity; unparseable JSON counts as one (so it is reported).</summary>
    private static bool LooksLikeDefinition(string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text.TrimStart('\uFEFF'));
            return doc.RootElement.ValueKind != JsonValueKind.Object || doc.RootElement.TryGetProperty("root", out _);
        }
        catch (JsonException)
        {
            return true;
        }
    }
}
