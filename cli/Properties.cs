using System.Runtime.CompilerServices;
using System.Runtime.Versioning;

// The CLI wraps the Linux-only runtime.
[assembly: SupportedOSPlatform("linux")]

// The tests run commands in-process through Program.Run with captured output.
[assembly: InternalsVisibleTo("Nsfs.Runtime.Tests")]
[assembly: InternalsVisibleTo("Nsfs.Generator.Tests")]
