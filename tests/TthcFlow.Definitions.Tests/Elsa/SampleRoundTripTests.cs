using System.Text;
using System.Text.Json.Nodes;
using TthcFlow.Definitions.Elsa;

namespace TthcFlow.Definitions.Tests.Elsa;

public sealed class SampleRoundTripTests
{
    [Theory]
    [MemberData(nameof(ElsaSamples.Names), MemberType = typeof(ElsaSamples))]
    public void Read_then_write_keeps_everything_the_sample_says(string sample)
    {
        var bytes = ElsaSamples.Bytes(sample);
        var original = JsonNode.Parse(StripBom(bytes))!.AsObject();

        var written = JsonNode.Parse(ElsaJson.WriteUtf8(ElsaJson.Read(bytes)))!;

        Assert.Null(JsonSemantics.Difference(JsonSemantics.Canonicalise(original), written));
    }

    [Theory]
    [MemberData(nameof(ElsaSamples.Names), MemberType = typeof(ElsaSamples))]
    public void Writing_is_byte_stable_and_rereads_to_an_equal_model(string sample)
    {
        var first = ElsaJson.Read(ElsaSamples.Bytes(sample));
        var once = ElsaJson.WriteUtf8(first);
        var second = ElsaJson.Read(once);
        var twice = ElsaJson.WriteUtf8(second);

        Assert.Equal(Encoding.UTF8.GetString(once), Encoding.UTF8.GetString(twice));
        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(ElsaSamples.Names), MemberType = typeof(ElsaSamples))]
    public void Canonical_form_is_elsa_3_6(string sample)
    {
        var written = JsonNode.Parse(ElsaJson.Write(ElsaJson.Read(ElsaSamples.Bytes(sample))))!;

        var activities = Activities(written["root"]!.AsObject()).ToList();
        Assert.All(activities, a =>
        {
            Assert.False(a.ContainsKey("canStartWorkflow"));
            Assert.NotNull(a["customProperties"]!["canStartWorkflow"]);
            Assert.NotNull(a["customProperties"]!["runAsynchronously"]);
        });
        var connections = activities.SelectMany(a => a["connections"]?.AsArray() ?? []).Select(c => c!.AsObject());
        Assert.All(connections, c =>
        {
            Assert.IsType<JsonObject>(c["source"]);
            Assert.IsType<JsonObject>(c["target"]);
            Assert.IsType<JsonArray>(c["vertices"]);
            Assert.False(c.ContainsKey("sourcePort"));
        });
    }

    [Fact]
    public void The_byte_order_mark_sample_reads_from_bytes_and_from_text()
    {
        var bytes = ElsaSamples.Bytes("timer-workflow.json");
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);

        var fromBytes = ElsaJson.Read(bytes);
        var fromText = ElsaJson.Read("\uFEFF" + Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));

        Assert.Equal("d1d828033d9c2dcd", fromBytes.DefinitionId);
        Assert.Equal(fromBytes, fromText);
        Assert.False(ElsaJson.WriteUtf8(fromBytes).AsSpan().StartsWith(Encoding.UTF8.Preamble));
    }

    [Fact]
    public void Unknown_activity_types_are_written_back_whole()
    {
        var definition = ElsaJson.Read(ElsaSamples.Bytes("parent-with-input.json"));
        var child = Assert.Single(definition.Root.Activities!);

        Assert.Equal("ChildWithInput", child.Type);
        Assert.Equal("d0ae88e4c15eacc0", child.Properties["workflowDefinitionId"]!.GetValue<string>());
        var written = JsonNode.Parse(ElsaJson.Write(definition))!["root"]!["activities"]![0]!;
        Assert.Equal("ChildActivity1:input-message", written["message"]!["memoryReference"]!["id"]!.GetValue<string>());
        Assert.Equal(1, written["latestAvailablePublishedVersion"]!.GetValue<int>());
    }

    [Fact]
    public void Nested_bodies_of_unknown_containers_are_kept_verbatim()
    {
        var original = JsonNode.Parse(ElsaSamples.Bytes("flowchart-completion-6.json"))!;
        var definition = ElsaJson.Read(ElsaSamples.Bytes("flowchart-completion-6.json"));

        var forEach = definition.FindActivity("By4rVs_-2kSDENFO-bniRg")!;
        Assert.Equal("Elsa.ParallelForEach", forEach.Type);
        Assert.True(JsonNode.DeepEquals(original["root"]!["activities"]![2]!["body"], forEach.Properties["body"]));
    }

    private static IEnumerable<JsonObject> Activities(JsonObject activity) =>
        (activity["activities"]?.AsArray() ?? []).SelectMany(c => Activities(c!.AsObject())).Prepend(activity);

    private static byte[] StripBom(byte[] bytes) =>
        bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? bytes[3..] : bytes;
}
