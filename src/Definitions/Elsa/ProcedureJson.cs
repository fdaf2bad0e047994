using System.Text.Json;
using System.Text.Json.Nodes;
using TthcFlow.Definitions.Calendar;
using TthcFlow.Definitions.Model;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Definitions.Procedures;

namespace TthcFlow.Definitions.Elsa;

/// <summary>Reads and writes <c>customProperties.procedure</c> (see docs/definition-format.md).</summary>
internal static class ProcedureJson
{
    private static readonly HashSet<string> Modelled =
    [
        "code", "name", "nameEn", "field", "competentLevel", "competentAgencyKind", "legalLimit",
        "locationIndependent", "kind", "channels", "fees", "requiredDocuments", "legalBasis",
    ];

    public static ProcedureInfo Read(JsonObject json)
    {
        var procedure = new ProcedureInfo
        {
            Code = JsonFields.String(json, "code"),
            Name = JsonFields.String(json, "name"),
            NameEn = JsonFields.String(json, "nameEn"),
            Field = JsonFields.String(json, "field"),
            CompetentLevel = ReadEnum<AdministrativeLevel>(json, "competentLevel"),
            CompetentAgencyKind = JsonFields.String(json, "competentAgencyKind"),
            LegalLimit = JsonFields.Object(json, "legalLimit") is { } limit ? ReadTimeLimit(limit) : null,
            LocationIndependent = JsonFields.Bool(json, "locationIndependent") ?? false,
            Kind = ReadEnum<ProcedureKind>(json, "kind") ?? ProcedureKind.AdministrativeProcedure,
            Channels = ReadChannels(json),
            Fees = JsonFields.Array(json, "fees") is { } fees ? JsonFields.Objects(fees).Select(ReadFee).ToList() : [],
            RequiredDocuments = JsonFields.Strings(json, "requiredDocuments"),
            LegalBasis = JsonFields.Strings(json, "legalBasis"),
        };
        var properties = JsonFields.Detach(json);
        properties.RemoveAll(p => Modelled.Contains(p.Key));
        return procedure with { Properties = JsonProperties.Wrap(properties) };
    }

    /// <summary>Reads <c>{"value": 3, "unit": "WorkingDays"}</c>; SameDay needs no value.</summary>
    public static TimeLimit ReadTimeLimit(JsonObject json)
    {
        var unit = ReadEnum<TimeLimitUnit>(json, "unit") ?? throw new JsonShapeException(json, "unit",
            "Thời hạn thiếu đơn vị “unit” (WorkingDays, WorkingHours, CalendarDays, SameDay).",
            "The time limit has no \"unit\" (WorkingDays, WorkingHours, CalendarDays, SameDay).");
        var value = JsonFields.Decimal(json, "value");
        if (value is null && unit != TimeLimitUnit.SameDay)
        {
            throw new JsonShapeException(json, "value", "Thời hạn thiếu giá trị “value”.", "The time limit has no \"value\".");
        }

        try
        {
            return new TimeLimit(value ?? 0, unit);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new JsonShapeException(json, "value",
                "Thời hạn không được âm, và thời hạn tính theo ngày (CalendarDays) phải là số nguyên.",
                "A time limit cannot be negative, and a CalendarDays limit must be a whole number.");
        }
    }

    public static void Write(Utf8JsonWriter writer, ProcedureInfo procedure)
    {
        writer.WriteStartObject();
        WriteIfSet(writer, "code", procedure.Code);
        WriteIfSet(writer, "name", procedure.Name);
        WriteIfSet(writer, "nameEn", procedure.NameEn);
        WriteIfSet(writer, "field", procedure.Field);
        WriteIfSet(writer, "competentLevel", procedure.CompetentLevel?.ToString());
        WriteIfSet(writer, "competentAgencyKind", procedure.CompetentAgencyKind);
        if (procedure.LegalLimit is { } limit)
        {
            writer.WriteStartObject("legalLimit");
            writer.WriteNumber("value", limit.Value);
            writer.WriteString("unit", limit.Unit.ToString());
            writer.WriteEndObject();
        }

        writer.WriteBoolean("locationIndependent", procedure.LocationIndependent);
        if (procedure.Kind != ProcedureKind.AdministrativeProcedure)
            writer.WriteString("kind", procedure.Kind.ToString());
        writer.WriteStartArray("channels");
        foreach (var channel in procedure.Channels)
            writer.WriteNumberValue((int)channel);
        writer.WriteEndArray();
        writer.WriteStartArray("fees");
        foreach (var fee in procedure.Fees)
        {
            writer.WriteStartObject();
            writer.WriteString("name", fee.Name);
            writer.WriteNumber("amount", fee.Amount);
            writer.WriteString("currency", fee.Currency);
            DefinitionWriter.WriteKept(writer, fee.Properties, FeeModelled);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteStrings(writer, "requiredDocuments", procedure.RequiredDocuments);
        WriteStrings(writer, "legalBasis", procedure.LegalBasis);
        DefinitionWriter.WriteKept(writer, procedure.Properties, Modelled);
        writer.WriteEndObject();
    }

    private static readonly HashSet<string> FeeModelled = ["name", "amount", "currency"];

    private static ProcedureFee ReadFee(JsonObject json)
    {
        var fee = new ProcedureFee(
            JsonFields.String(json, "name") ?? "",
            JsonFields.Decimal(json, "amount") ?? 0,
            JsonFields.String(json, "currency") ?? "VND");
        var properties = JsonFields.Detach(json);
        properties.RemoveAll(p => FeeModelled.Contains(p.Key));
        return fee with { Properties = JsonProperties.Wrap(properties) };
    }

    private static List<SubmissionChannel> ReadChannels(JsonObject json)
    {
        var channels = new List<SubmissionChannel>();
        if (JsonFields.Array(json, "channels") is not { } array)
            return channels;
        foreach (var item in array)
        {
            SubmissionChannel? channel = item is JsonValue v ? v.GetValueKind() switch
            {
                JsonValueKind.Number when v.TryGetValue<int>(out var code) && Enum.IsDefined((SubmissionChannel)code) => (SubmissionChannel)code,
                JsonValueKind.String when Enum.TryParse<SubmissionChannel>(v.GetValue<string>(), out var named)
                    && Enum.IsDefined(named) && !int.TryParse(v.GetValue<string>(), out _) => named,
                _ => null,
            } : null;
            channels.Add(channel ?? throw JsonFields.Wrong(json, "channels",
                "danh sách kênh 1 (trực tiếp), 2 (trực tuyến), 3 (bưu chính công ích)",
                "a list of channels 1 (in person), 2 (online), 3 (public post)"));
        }

        return channels;
    }

    private static TEnum? ReadEnum<TEnum>(JsonObject json, string name)
        where TEnum : struct, Enum
    {
        if (JsonFields.String(json, name) is not { } text)
            return null;
        if (Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _))
            return value;
        throw JsonFields.Wrong(json, name, "một trong " + string.Join(", ", Enum.GetNames<TEnum>()),
            "one of " + string.Join(", ", Enum.GetNames<TEnum>()));
    }

    private static void WriteIfSet(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
            writer.WriteString(name, value);
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
            writer.WriteStringValue(value);
        writer.WriteEndArray();
    }
}
