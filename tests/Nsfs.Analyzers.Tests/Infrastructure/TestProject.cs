using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace Nsfs.Analyzers.Tests.Infrastructure;

/// <summary>
/// How every analyzer and code-fix test compiles its source: .NET 8 reference assemblies compiled
/// into Basic.Reference.Assemblies (a ReferenceAssemblies with no package, so the test framework
/// never resolves or downloads anything), the Nsfs runtime with its generated request metadata, and
/// unsafe code allowed so tests can pass pointers the way interop code does.
/// </summary>
internal static class TestProject
{
    /// <summary>A target framework with no reference package: resolves to nothing, offline.</summary>
    private static readonly ReferenceAssemblies Offline = new("net8.0");

    /// <summary>Declarations the rule tests call: libc entry points the way users declare them.</summary>
    public const string Prelude = """
        using System;
        using System.Diagnostics;
        using System.Runtime.InteropServices;
        using Nsfs;
        using Nsfs.Uapi;

        static unsafe partial class Native
        {
            [DllImport("libc", SetLastError = true)]
            public static extern int ioctl(int fd, nuint request, nint arg);

            [DllImport("libc", SetLastError = true, EntryPoint = "ioctl")]
            public static extern int IoctlRef(int fd, nuint request, ref ulong arg);

            [DllImport("libc", SetLastError = true, EntryPoint = "ioctl")]
            public static extern int ControlUid(int fd, nuint request, uint* arg);

            [LibraryImport("libc", EntryPoint = "ioctl", SetLastError = true)]
            public static partial int Control(SafeHandle fd, nuint request, nint arg);
            public static partial int Control(SafeHandle fd, nuint request, nint arg) => 0;

            [DllImport("libc", SetLastError = true)]
            public static extern int open(string path, int flags);

            [DllImport("libc", SetLastError = true)]
            public static extern int kill(int pid, int signal);
        }

        namespace Tmds.Linux
        {
            static unsafe class LibC
            {
                public static int ioctl(int fd, int request, void* arg) => 0;
                public static int ioctl(int fd, int request, int arg) => 0;
            }
        }

        """;

    public static void Configure(SolutionState state)
    {
        state.ReferenceAssemblies = Offline;
        state.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
        state.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(PidNamespace).Assembly.Location));
    }

    public static Solution AllowUnsafe(Solution solution, ProjectId projectId)
    {
        var options = (CSharpCompilationOptions)solution.GetProject(projectId)!.CompilationOptions!;
        return solution.WithProjectCompilationOptions(projectId, options.WithAllowUnsafe(true));
    }
}
