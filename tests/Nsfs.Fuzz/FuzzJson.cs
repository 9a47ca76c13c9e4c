using System.Text.Json.Serialization;

namespace Nsfs.Fuzz;

/// <summary>The worker protocol's serializer (source-generated, one JSON object per line).</summary>
[JsonSerializable(typeof(WorkRequest))]
[JsonSerializable(typeof(WorkResult))]
internal sealed partial class FuzzJson : JsonSerializerContext;
