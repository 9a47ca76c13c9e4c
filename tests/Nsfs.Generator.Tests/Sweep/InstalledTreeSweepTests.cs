using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Nsfs.Headers.Lexing;

namespace Nsfs.Generator.Tests.Sweep;

/// <summary>
/// A second, independent and newer tree than the 4.19 copy: the uapi headers installed on this machine
/// (Debian's and Ubuntu's linux-libc-dev, Fedora's kernel-headers; a C toolchain brings them), swept
/// for the machine's own architecture exactly as the 4.19 tree is. Nothing of it is in the repository.
/// </summary>
public sealed class InstalledTreeSweepTests(ITestOutputHelper output) : TemporaryDirectoryTests("nsfs-installed-uapi-")
{
    private const string SystemInclude = "/usr/include";

    // The kernel's uapi folders under include/uapi (drm and scsi headers are installed by other packages).
    private static readonly string[] UapiFolders = ["linux", "asm-generic", "misc", "mtd", "rdma", "sound", "video", "xen"];

    [Fact]
    public void Every_request_and_struct_of_the_installed_uapi_tree_agrees_with_clang_on_this_architecture()
    {
        var arch = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => "x64",
            Architecture.Arm64 => "arm64",
            Architecture.Arm => "arm",
            Architecture.X86 => "x86",
            Architecture.RiscV64 => "riscv64",
            Architecture.S390x => "s390x",
            Architecture.Ppc64le => "ppc64le",
            var other => throw new PlatformNotSupportedException($"No clang triple is mapped for {other} in OracleArchitectures."),
        };
        var model = DataModels.Find(arch)!;
        var asm = new[] { $"{SystemInclude}/{Multiarch(arch)}/asm", $"{SystemInclude}/asm" }.FirstOrDefault(d => File.Exists(Path.Combine(d, "ioctl.h")));
        Assert.True(File.Exists($"{SystemInclude}/linux/ioctl.h") && asm is not null,
            $"This test sweeps the machine's installed kernel uapi headers, and {SystemInclude}/linux/ioctl.h or its asm/ folder is missing: "
            + "install them (Debian/Ubuntu: apt-get install linux-libc-dev; Fedora: dnf install kernel-headers).");

        // The same shape as the 4.19 copy: include/ with the uapi folders, arch/<arch>/asm.
        Directory.CreateDirectory(Path.Combine(Temp, "include"));
        Directory.CreateDirectory(Path.Combine(Temp, "arch", model.KernelArch));
        foreach (var folder in UapiFolders.Where(f => Directory.Exists(Path.Combine(SystemInclude, f))))
        {
            Directory.CreateSymbolicLink(Path.Combine(Temp, "include", folder), Path.Combine(SystemInclude, folder));
        }

        Directory.CreateSymbolicLink(Path.Combine(Temp, "arch", model.KernelArch, "asm"), asm!);

        using var oracle = new ClangOracle();
        var row = CorpusSweep.Run(new CorpusHeaders(Temp), arch, oracle, new ConcurrentDictionary<HeaderText, LexResult>());
        output.WriteLine($"{arch}: {row.Headers} headers ({row.HeadersClangRejects} rejected by clang), {row.RequestsAgree} of {row.Requests} requests "
            + $"and {row.StructsAgree} of {row.Structs} structs agree, {row.RequestsRefused} refused, {row.RequestsExcluded} excluded");
        foreach (var problem in row.Problems.Take(200))
        {
            output.WriteLine(problem);
        }

        Assert.True(row.Requests > 0 && row.Structs > 0, $"{arch}: nothing compared under {SystemInclude}");
        Assert.True(row.Problems.Count == 0, $"{row.Problems.Count} disagreements or absences:\n{string.Join('\n', row.Problems.Take(100))}");
    }

    // The Debian multiarch folder name of the architecture's asm/ headers.
    private static string Multiarch(string arch) => arch switch
    {
        "x64" => "x86_64-linux-gnu",
        "arm64" => "aarch64-linux-gnu",
        "arm" => "arm-linux-gnueabihf",
        "x86" => "i386-linux-gnu",
        "riscv64" => "riscv64-linux-gnu",
        "s390x" => "s390x-linux-gnu",
        _ => "powerpc64le-linux-gnu",
    };
}
