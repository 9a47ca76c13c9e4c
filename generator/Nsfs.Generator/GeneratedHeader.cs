using Nsfs.Headers;
using Nsfs.Headers.Model;

namespace Nsfs.Generator;

/// <summary>The model of one header plus what the emitter and the diagnostic reporter need.</summary>
internal sealed record GeneratedHeader(HeaderModel Model, string ClassName, EquatableArray<DiagnosticInfo> Diagnostics);
