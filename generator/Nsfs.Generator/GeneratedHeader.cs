using Nsfs.Headers;
using Nsfs.Headers.Model;

namespace Nsfs.Generator;

/// <summary>The model of one header plus what the emitter and the diagnostic reporter need.</summary>
/// <param name="Model">The header's merged model.</param>
/// <param name="ClassName">The generated class.</param>
/// <param name="Diagnostics">What to report, located in the header.</param>
/// <param name="Visibility">The header's own <c>public</c>/<c>internal</c>, or null for the project's.</param>
internal sealed record GeneratedHeader(HeaderModel Model, string ClassName, EquatableArray<DiagnosticInfo> Diagnostics, string? Visibility = null);
