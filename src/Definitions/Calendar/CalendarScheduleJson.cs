using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TthcFlow.Definitions.Calendar;

/// <summary>
/// Reads and writes <see cref="CalendarSchedule"/> JSON strictly: unknown properties, wrong
/// types, malformed dates and inconsistent entries are errors located by JSON path.
/// </summary>
internal static class CalendarScheduleJson
{
    private static readonly JsonDocumentOptions ReadOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        AllowDuplicateProperties = false,
    };

    private static readonly JsonWriterOptions WriteOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    internal static CalendarSchedule Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, ReadOptions);
        }
        catch (JsonException e)
        {
            throw new CalendarScheduleFormatException(e.Path ?? "$", $"Not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {e.Message}", e);
        }
        using (document)
        {
            JsonElement root = document.RootElement;
            Expect(root, JsonValueKind.Object, "$");
            int? year = null;
            string? source = null;
            var daysOff = new List<DayOff>();
            var workingDays = new List<ExtraWorkingDay>();
            foreach (JsonProperty property in root.EnumerateObject())
            {
                string path = "$." + property.Name;
                switch (property.Name)
                {
                    case "year":
                        year = property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt32(out int y)
                            ? y : throw new CalendarScheduleFormatException(path, "Expected a whole number.");
                        break;
                    case "source":
                        source = String(property.Value, path);
                        break;
                    case "daysOff":
                        Expect(property.Value, JsonValueKind.Array, path);
                        int i = 0;
                        foreach (JsonElement entry in property.Value.EnumerateArray())
                            daysOff.Add(ReadDayOff(entry, $"{path}[{i++}]"));
                        break;
                    case "workingDays":
                        Expect(property.Value, JsonValueKind.Array, path);
                        int j = 0;
                        foreach (JsonElement entry in property.Value.EnumerateArray())
                            workingDays.Add(ReadWorkingDay(entry, $"{path}[{j++}]"));
                        break;
                    default:
                        throw Unknown(path);
                }
            }
            if (year is null)
                throw new CalendarScheduleFormatException("$.year", "Required.");
            if (CalendarSchedule.FindProblem(year.Value, daysOff, workingDays) is { } problem)
                throw new CalendarScheduleFormatException(problem.Index < 0 ? $"$.{problem.Collection}" : $"$.{problem.Collection}[{problem.Index}]", problem.Message);
            return new CalendarSchedule(year.Value, daysOff, workingDays, source);
        }
    }

    private static DayOff ReadDayOff(JsonElement entry, string path)
    {
        Expect(entry, JsonValueKind.Object, path);
        DateOnly? date = null, from = null, to = null;
        DayOffKind kind = DayOffKind.Holiday;
        string? nameVi = null, nameEn = null, province = null;
        foreach (JsonProperty property in entry.EnumerateObject())
        {
            string at = $"{path}.{property.Name}";
            switch (property.Name)
            {
                case "date": date = Date(property.Value, at); break;
                case "from": from = Date(property.Value, at); break;
                case "to": to = Date(property.Value, at); break;
                case "kind": kind = Kind(property.Value, at); break;
                case "nameVi": nameVi = String(property.Value, at); break;
                case "nameEn": nameEn = String(property.Value, at); break;
                case "province": province = String(property.Value, at); break;
                default: throw Unknown(at);
            }
        }
        if (date is not null && (from is not null || to is not null))
            throw new CalendarScheduleFormatException(path, "Give either \"date\" or \"from\" and \"to\", not both.");
        if (date is null && (from is null || to is null))
            throw new CalendarScheduleFormatException(path, "Give \"date\", or both \"from\" and \"to\".");
        return new DayOff(date ?? from!.Value, date ?? to!.Value, kind,
            nameVi ?? throw Missing(path, "nameVi"), nameEn ?? throw Missing(path, "nameEn"), province);
    }

    private static ExtraWorkingDay ReadWorkingDay(JsonElement entry, string path)
    {
        Expect(entry, JsonValueKind.Object, path);
        DateOnly? date = null;
        string? nameVi = null, nameEn = null, province = null;
        foreach (JsonProperty property in entry.EnumerateObject())
        {
            string at = $"{path}.{property.Name}";
            switch (property.Name)
            {
                case "date": date = Date(property.Value, at); break;
                case "nameVi": nameVi = String(property.Value, at); break;
                case "nameEn": nameEn = String(property.Value, at); break;
                case "province": province = String(property.Value, at); break;
                default: throw Unknown(at);
            }
        }
        return new ExtraWorkingDay(date ?? throw Missing(path, "date"),
            nameVi ?? throw Missing(path, "nameVi"), nameEn ?? throw Missing(path, "nameEn"), province);
    }

    internal static string Write(CalendarSchedule schedule)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriteOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("year", schedule.Year);
            if (schedule.Source is not null)
                writer.WriteString("source", schedule.Source);
            writer.WriteStartArray("daysOff");
            foreach (DayOff day in schedule.DaysOff)
            {
                writer.WriteStartObject();
                if (day.From == day.To)
                {
                    writer.WriteString("date", Format(day.From));
                }
                else
                {
                    writer.WriteString("from", Format(day.From));
                    writer.WriteString("to", Format(day.To));
                }
                writer.WriteString("kind", day.Kind.ToString().ToLowerInvariant());
                WriteNames(writer, day.NameVi, day.NameEn, day.Province);
            }
            writer.WriteEndArray();
            writer.WriteStartArray("workingDays");
            foreach (ExtraWorkingDay day in schedule.ExtraWorkingDays)
            {
                writer.WriteStartObject();
                writer.WriteString("date", Format(day.Date));
                WriteNames(writer, day.NameVi, day.NameEn, day.Province);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteNames(Utf8JsonWriter writer, string nameVi, string nameEn, string? province)
    {
        writer.WriteString("nameVi", nameVi);
        writer.WriteString("nameEn", nameEn);
        if (province is not null)
            writer.WriteString("province", province);
        writer.WriteEndObject();
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Date(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.String
        && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
            ? date
            : throw new CalendarScheduleFormatException(path, $"Expected a date \"yyyy-MM-dd\", found {value.GetRawText()}.");

    private static DayOffKind Kind(JsonElement value, string path) => value.ValueKind != JsonValueKind.String
        ? throw new CalendarScheduleFormatException(path, "Expected \"holiday\", \"compensatory\" or \"swapped\".")
        : value.GetString() switch
        {
            "holiday" => DayOffKind.Holiday,
            "compensatory" => DayOffKind.Compensatory,
            "swapped" => DayOffKind.Swapped,
            var other => throw new CalendarScheduleFormatException(path, $"Unknown kind \"{other}\"; expected \"holiday\", \"compensatory\" or \"swapped\"."),
        };

    private static string String(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new CalendarScheduleFormatException(path, $"Expected a string, found {value.ValueKind}.");

    private static void Expect(JsonElement value, JsonValueKind kind, string path)
    {
        if (value.ValueKind != kind)
            throw new CalendarScheduleFormatException(path, $"Expected {kind}, found {value.ValueKind}.");
    }

    private static CalendarScheduleFormatException Unknown(string path) => new(path, "Unknown property.");

    private static CalendarScheduleFormatException Missing(string path, string name) => new($"{path}.{name}", "Required.");
}
