using TthcFlow.Definitions.Elsa;

namespace TthcFlow.Definitions.Tests.Elsa;

public sealed class FormatErrorTests
{
    [Fact]
    public void Broken_syntax_reports_path_line_and_column()
    {
        const string json = "{\n  \"definitionId\": \"x\",\n  \"root\": { \"activities\": [ { \"id\": \"A\" } x ] }\n}";

        var error = Assert.Throws<DefinitionFormatException>(() => ElsaJson.Read(json));

        Assert.Equal("$.root.activities[0]", error.JsonPath);
        Assert.Equal(3, error.Line);
        Assert.Equal(43, error.Column);
        Assert.Equal("Văn bản không phải JSON hợp lệ.", error.MessageVi);
        Assert.StartsWith("The text is not valid JSON: ", error.MessageEn, StringComparison.Ordinal);
        Assert.Contains("dòng/line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_activity_id_is_located_at_its_activity()
    {
        const string json = """
            {
              "definitionId": "x",
              "root": { "id": "F", "type": "Elsa.Flowchart", "activities": [
                { "id": "A", "type": "Elsa.Start" },
                  { "type": "Elsa.End" }
              ] }
            }
            """;

        var error = Assert.Throws<DefinitionFormatException>(() => ElsaJson.Read(json));

        Assert.Equal("$.root.activities[1].id", error.JsonPath);
        Assert.Equal((5, 7), (error.Line, error.Column));
        Assert.Equal("Thiếu thuộc tính bắt buộc “id”.", error.MessageVi);
        Assert.Equal("The required property \"id\" is missing.", error.MessageEn);
    }

    [Theory]
    [InlineData("""{ "definitionId": "x", "root": { "id": "F", "type": "Elsa.Flowchart", "metadata": { "designer": "a\ud800b" } } }""", "$.root.metadata.designer")]
    [InlineData("""{ "definitionId": "x", "root": { "id": "F", "type": "Elsa.Flowchart", "metadata": { "n\udc00": 1 } } }""", "$.root.metadata")]
    [InlineData("""{ "definitionId": "x", "name": "\udfff", "root": { "id": "F", "type": "Elsa.Flowchart" } }""", "$.name")]
    public void An_unpaired_surrogate_escape_is_refused_where_it_is_rather_than_failing_when_written_back(string json, string path)
    {
        var error = Assert.Throws<DefinitionFormatException>(() => ElsaJson.Read(json));

        Assert.Equal(path, error.JsonPath);
        Assert.Equal("Malformed text (an unpaired UTF-16 surrogate).", error.MessageEn);
    }

    [Fact]
    public void Columns_count_characters_not_bytes()
    {
        const string json = """{ "name": "Đăng ký", "definitionId": 5, "root": { "id": "F", "type": "Elsa.Flowchart" } }""";

        var error = Assert.Throws<DefinitionFormatException>(() => ElsaJson.Read(json));

        Assert.Equal("$.definitionId", error.JsonPath);
        Assert.Equal((1, 38), (error.Line, error.Column));
        Assert.Equal("\"definitionId\" must be a string.", error.MessageEn);
    }

    [Fact]
    public void A_repeated_property_is_rejected_where_it_repeats()
    {
        const string json = "{ \"definitionId\": \"x\",\n  \"root\": { \"id\": \"F\", \"id\": \"G\", \"type\": \"Elsa.Flowchart\" } }";

        var error = Assert.Throws<DefinitionFormatException>(() => ElsaJson.Read(json));

        Assert.Equal("$.root.id", error.JsonPath);
        Assert.Equal((2, 24), (error.Line, error.Column));
        Assert.Contains("hai lần", error.MessageVi, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "$", 1, 1)]
    [InlineData("[1, 2]", "$", 1, 1)]
    [InlineData("{ \"definitionId\": \"x\" }", "$.root", 1, 1)]
    [InlineData("{ \"definitionId\": \"x\", \"root\": { \"id\": \"F\", \"type\": \"Elsa.Flowchart\", \"connections\": [ { \"source\": \"A\" } ] } }", "$.root.connections[0].target", 1, 88)]
    [InlineData("{ \"definitionId\": \"x\", \"root\": { \"id\": \"F\", \"type\": \"Elsa.Flowchart\", \"activities\": [ 3 ] } }", "$.root.activities[0]", 1, 87)]
    [InlineData("{ \"definitionId\": \"x\", \"root\": { \"id\": \"F\", \"type\": \"Elsa.Flowchart\", \"customProperties\": { \"canStartWorkflow\": \"yes\" } } }", "$.root.customProperties.canStartWorkflow", 1, 113)]
    public void Wrong_shapes_are_located(string json, string path, int line, int column)
    {
        var error = Assert.Throws<DefinitionFormatException>(() => ElsaJson.Read(json));

        Assert.Equal(path, error.JsonPath);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.NotEmpty(error.MessageVi);
        Assert.NotEmpty(error.MessageEn);
    }
}
