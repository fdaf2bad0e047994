using System.Text.Json.Serialization;

namespace TthcFlow.Engine.Runtime.Expressions;

/// <summary>Source-generated serialisation of the primitive values the runtime turns into JSON.</summary>
[JsonSerializable(typeof(double))]
internal sealed partial class ValuesJson : JsonSerializerContext;
