using System.Text.Json.Nodes;
using TthcFlow.Definitions.Elsa;
using TthcFlow.Definitions.Model;

namespace TthcFlow.Definitions.Tests.Elsa;

public sealed class FormatVersionTests
{
    private const string Elsa30 = """
        {
          "definitionId": "loop", "version": 2,
          "root": {
            "type": "Elsa.Flowchart", "id": "Flowchart1", "version": 1,
            "activities": [
              { "id": "Start1", "type": "Elsa.Start", "version": 1, "canStartWorkflow": true, "runAsynchronously": false,
                "customProperties": {}, "metadata": { "designer": { "position": { "x": 10, "y": 20 } } } },
              { "text": "Xin chào", "id": "WriteLine1", "type": "Elsa.WriteLine", "version": 1,
                "canStartWorkflow": false, "runAsynchronously": true, "customProperties": { "mergeMode": "Converge" }, "metadata": {} }
            ],
            "connections": [ { "source": "Start1", "target": "WriteLine1", "sourcePort": "Done", "targetPort": "In" } ]
          }
        }
        """;

    private const string Elsa36 = """
        {
          "definitionId": "loop", "version": 2,
          "root": {
            "type": "Elsa.Flowchart", "id": "Flowchart1", "version": 1,
            "customProperties": { "canStartWorkflow": false, "runAsynchronously": false },
            "activities": [
              { "id": "Start1", "type": "Elsa.Start", "version": 1,
                "customProperties": { "canStartWorkflow": true, "runAsynchronously": false },
                "metadata": { "designer": { "position": { "x": 10, "y": 20 } } } },
              { "id": "WriteLine1", "type": "Elsa.WriteLine", "version": 1, "text": "Xin chào",
                "customProperties": { "runAsynchronously": true, "mergeMode": "Converge", "canStartWorkflow": false }, "metadata": {} }
            ],
            "connections": [
              { "source": { "activity": "Start1", "port": "Done" }, "target": { "activity": "WriteLine1", "port": "In" }, "vertices": [] }
            ]
          }
        }
        """;

    [Fact]
    public void The_3_0_and_3_6_forms_of_one_graph_read_to_the_same_model()
    {
        var old = ElsaJson.Read(Elsa30);
        var current = ElsaJson.Read(Elsa36);

        Assert.Equal(current, old);
        Assert.Equal(ElsaJson.Write(current), ElsaJson.Write(old));
    }

    [Fact]
    public void Flags_connections_position_and_merge_mode_are_typed()
    {
        var definition = ElsaJson.Read(Elsa30);
        var start = definition.FindActivity("Start1")!;
        var writeLine = definition.FindActivity("WriteLine1")!;

        Assert.True(start.CanStartWorkflow);
        Assert.True(writeLine.RunAsynchronously);
        Assert.Equal(new DesignerPoint(10, 20), start.Position);
        Assert.Null(writeLine.Position);
        Assert.Equal("Converge", writeLine.MergeMode);
        var connection = Assert.Single(definition.Root.Connections!);
        Assert.Equal(new Connection(new Endpoint("Start1", "Done"), new Endpoint("WriteLine1", "In")), connection);
    }

    [Fact]
    public void A_bare_input_reads_as_a_literal_and_a_wrapped_one_keeps_its_type_name()
    {
        var definition = ElsaJson.Read(Elsa36);
        var bare = definition.FindActivity("WriteLine1")!.GetInput("text")!;
        Assert.Null(bare.TypeName);
        Assert.Equal(ExpressionTypes.Literal, bare.Expression.Type);
        Assert.Equal("Xin chào", bare.Expression.Text);

        var sample = ElsaJson.Read(ElsaSamples.Bytes("implicit-loop-legacy-3.0-format.json"));
        var condition = sample.FindActivity("FlowDecision1")!.GetInput("condition")!;
        Assert.Equal("Boolean", condition.TypeName);
        Assert.Equal(new Expression(ExpressionTypes.JavaScript, JsonValue.Create("getCounter() > 1")), condition.Expression);
        Assert.False(sample.FindActivity("FlowDecision1")!.TryGetInput("missing", out _));
    }

    [Fact]
    public void An_input_set_through_the_model_is_written_wrapped()
    {
        var definition = ElsaJson.Read(Elsa36);
        var changed = definition with
        {
            Root = definition.Root with
            {
                Activities = definition.Root.Activities!
                    .Select(a => a.Id == "WriteLine1" ? a.WithInput("text", InputValue.Literal("String", "Đã tiếp nhận")) : a)
                    .ToList(),
            },
        };

        var written = JsonNode.Parse(ElsaJson.Write(changed))!["root"]!["activities"]![1]!["text"]!;
        Assert.Equal("String", written["typeName"]!.GetValue<string>());
        Assert.Equal("Literal", written["expression"]!["type"]!.GetValue<string>());
        Assert.Equal("Đã tiếp nhận", written["expression"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void Object_inputs_and_positions_set_through_the_model_read_back()
    {
        var definition = ElsaJson.Read(Elsa36);
        var step = definition.FindActivity("WriteLine1")!
            .WithInput("outcomes", InputValue.Object("String[]", new JsonArray("Đã duyệt", "Trả lại")))
            .WithPosition(new DesignerPoint(120.5, -40));
        var changed = definition with { Root = definition.Root with { Activities = [definition.Root.Activities![0], step] } };

        var written = ElsaJson.Write(changed);
        var again = ElsaJson.Read(written).FindActivity("WriteLine1")!;

        Assert.Contains("\"value\": \"[\\\"Đã duyệt\\\",\\\"Trả lại\\\"]\"", written, StringComparison.Ordinal);
        Assert.True(again.GetInput("outcomes")!.Expression.TryGetJson(out var outcomes));
        Assert.Equal(["Đã duyệt", "Trả lại"], outcomes!.AsArray().Select(o => o!.GetValue<string>()));
        Assert.Equal(new DesignerPoint(120.5, -40), again.Position);
    }

    [Fact]
    public void Vietnamese_letters_and_escaped_characters_are_written_unescaped()
    {
        var written = ElsaJson.Write(ElsaJson.Read(Elsa30));
        Assert.Contains("\"text\": \"Xin chào\"", written, StringComparison.Ordinal);

        var sample = ElsaJson.Write(ElsaJson.Read(ElsaSamples.Bytes("child-with-input.json")));
        Assert.Contains("\"createdAt\": \"2025-10-21T12:06:12.52497+00:00\"", sample, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", sample, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", sample, StringComparison.Ordinal);
    }

    [Fact]
    public void The_round_trip_comparer_notices_a_lost_or_changed_property()
    {
        var original = JsonNode.Parse(Elsa36)!.AsObject();
        var lost = (JsonObject)original.DeepClone();
        lost["root"]!["activities"]![1]!.AsObject().Remove("text");
        var changed = (JsonObject)original.DeepClone();
        changed["root"]!["connections"]![0]!["source"]!["port"] = "Other";

        Assert.Null(JsonSemantics.Difference(original, JsonNode.Parse(Elsa36)));
        Assert.Equal("$.root.activities[1].text: \"Xin chào\" expected, nothing found", JsonSemantics.Difference(original, lost));
        Assert.NotNull(JsonSemantics.Difference(original, changed));
    }
}
