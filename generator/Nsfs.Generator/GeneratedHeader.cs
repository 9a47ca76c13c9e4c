using Nsfs.Headers;
using Nsfs.Headers.Model;

namespace Nsfs.Generator;

/// <summary>The model of one header plus what the emitter and the diagnostic reporter need.</summary>
/// <param name="Model">The header's merged model.</param>
/// <param name="ClassName">The generated class.</param>
/// <param name="Diagnostics">What to report, located in the header.</param>
/// <param name="Visibility">The header's own <c>public</c>/<c>internal</c>, or null for the project's.</param>
/// <param name="SkippedStructs">The header's structs of uniform layout that have no C# struct (<see cref="CSharpStructs"/>), reported as NSFS1015.</param>
internal sealed record GeneratedHeader(HeaderModel Model, string ClassName, EquatableArray<DiagnosticInfo> Diagnostics, string? Visibility = null,
    EquatableArray<string> SkippedStructs = default);
