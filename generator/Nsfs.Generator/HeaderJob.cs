using Nsfs.Headers;

namespace Nsfs.Generator;

/// <summary>Everything needed to generate one header: the header, the other marked headers as include roots, its facts and baseline.</summary>
internal sealed record HeaderJob(InputFile Header, EquatableArray<InputFile> Roots, InputFile? Facts, InputFile? Baseline);
