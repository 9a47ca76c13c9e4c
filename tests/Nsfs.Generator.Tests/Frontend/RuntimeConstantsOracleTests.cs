using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using Nsfs.Interop;
using Nsfs.Metadata;
using Nsfs.Uapi;
using LinuxArchitecture = Nsfs.Metadata.LinuxArchitecture;

namespace Nsfs.Generator.Tests.Frontend;

/// <summary>
/// The flags, errno values and syscall numbers the runtime and the cli pass to the kernel
/// (runtime/Interop/syscall-constants.h), and the statx constants and layout they take from the
/// generated LinuxStat, are what clang computes from the same vendored headers,
/// on every architecture clang can compile for; and where the vendored headers cannot give an
/// architecture's own number, that architecture has no such member at all rather than a wrong one.
/// </summary>
public sealed class RuntimeConstantsOracleTests(ClangOracleFixture oracle) : IClassFixture<ClangOracleFixture>
{
    // errno above 34: alpha, mips, parisc and sparc renumber them in an asm/errno.h that is not vendored.
    // So is EAGAIN on alpha, defined with them.
    private static readonly string[] HighErrnos = ["NSFS_EAGAIN", "NSFS_ENOSYS", "NSFS_EOVERFLOW", "NSFS_EOPNOTSUPP"];
    private static readonly LinuxArchitecture[] OwnErrnoTable =
    [
        LinuxArchitecture.Alpha, LinuxArchitecture.Mips, LinuxArchitecture.Mipsel, LinuxArchitecture.Mips64, LinuxArchitecture.Mips64el,
        LinuxArchitecture.Parisc, LinuxArchitecture.Sparc, LinuxArchitecture.Sparc64,
    ];

    // Syscall numbers: alpha, mips and x32 shift the unified table's numbers in tables generated at kernel build.
    private static readonly string[] SyscallNumbers = ["NSFS_SYS_PIDFD_OPEN", "NSFS_SYS_PIDFD_SEND_SIGNAL"];
    private static readonly LinuxArchitecture[] OwnSyscallTable =
    [
        LinuxArchitecture.Alpha, LinuxArchitecture.Mips, LinuxArchitecture.Mipsel, LinuxArchitecture.Mips64, LinuxArchitecture.Mips64el,
        LinuxArchitecture.X32,
    ];

    // What the cli's InputFile and the runtime's interop read: each must be generated for every architecture.
    private static readonly string[] Everywhere =
    [
        "NSFS_O_RDONLY", "NSFS_O_CLOEXEC", "NSFS_O_NONBLOCK", "NSFS_O_NOCTTY", "NSFS_AT_FDCWD", "NSFS_AT_EMPTY_PATH", "NSFS_POLLIN",
        "NSFS_EPERM", "NSFS_ENOENT", "NSFS_ESRCH", "NSFS_ENXIO", "NSFS_EINTR", "NSFS_EBADF", "NSFS_ENOMEM", "NSFS_EACCES", "NSFS_EFAULT", "NSFS_ENOTDIR",
        "NSFS_EINVAL", "NSFS_ENFILE", "NSFS_EMFILE", "NSFS_ENOTTY",
    ];

    private static string InteropDirectory => Path.Combine(OraclePaths.RepositoryRoot, "runtime", "Interop");

    [Fact]
    public void Every_runtime_constant_equals_clang_on_every_clang_target()
    {
        var (header, model) = Build();
        var names = model.Constants.Select(c => c.Name).ToArray();
        Assert.Equal(Everywhere.Concat(HighErrnos).Concat(SyscallNumbers).Order(), names.Order());

        var mismatches = new List<string>();
        var compared = 0;
        foreach (var architecture in OracleArchitectures.WithClangTarget)
        {
            var result = oracle.Instance.Evaluate(new OracleQuery(
                architecture.ClangTriple!, OraclePaths.IncludeDirectories(architecture, InteropDirectory), header.IncludeName, names, [], []));
            foreach (var constant in model.Constants)
            {
                var clang = result.Constants[constant.Name];
                var ours = Value(constant, architecture.Name);
                var agrees = ours is null
                    ? !clang.IsEvaluated && clang.Error!.Contains(constant.Name, StringComparison.Ordinal)
                    : clang.IsEvaluated && ours == (clang.IsUnsigned ? (Int128)clang.Value : clang.SignedValue);
                if (!agrees)
                {
                    mismatches.Add($"{constant.Name} on {architecture.Name}: ours {ours?.ToString(CultureInfo.InvariantCulture) ?? "undefined"}, " +
                        $"clang {(clang.IsEvaluated ? clang.SignedValue.ToString(CultureInfo.InvariantCulture) : clang.Error)}");
                }

                compared++;
            }
        }

        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
        Assert.Equal(OracleArchitectures.WithClangTarget.Count() * names.Length, compared);
    }

    [Fact]
    public void An_architecture_whose_own_table_is_not_vendored_has_no_value_for_it_and_every_other_has_one()
    {
        var (_, model) = Build();
        var missing = new List<string>();
        foreach (var dataModel in DataModels.All)
        {
            foreach (var name in Everywhere.Concat(HighErrnos).Concat(SyscallNumbers))
            {
                var expected = !Lacks(Enum.Parse<LinuxArchitecture>(dataModel.CSharpName), name);
                var defined = Value(model.Constants.Single(c => c.Name == name), dataModel.Name) is not null;
                if (defined != expected)
                {
                    missing.Add($"{name} on {dataModel.Name}: {(defined ? "defined" : "undefined")}");
                }
            }
        }

        Assert.True(missing.Count == 0, string.Join('\n', missing));
    }

    [Fact]
    public void The_generated_per_architecture_classes_publish_no_number_the_vendored_headers_cannot_give()
    {
        var tables = typeof(SyscallConstants).GetNestedTypes()
            .Select(t => (Type: t, Attribute: t.GetCustomAttribute<IoctlArchitectureTableAttribute>()))
            .Where(t => t.Attribute is not null)
            .ToDictionary(t => t.Attribute!.Architecture, t => t.Type);
        Assert.Equal(Enum.GetValues<LinuxArchitecture>().Order(), tables.Keys.Order());

        var wrong = new List<string>();
        foreach (var (architecture, table) in tables)
        {
            foreach (var name in HighErrnos.Concat(SyscallNumbers))
            {
                var published = table.GetField(name, BindingFlags.Public | BindingFlags.Static) is not null;
                if (published == Lacks(architecture, name))
                {
                    wrong.Add($"SyscallConstants.{table.Name}.{name} is {(published ? "published" : "missing")}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));

        // This process's architecture defines them all, so the current-process members read its table.
        // They are properties: only reading one on an architecture that lacks it may throw.
        var current = tables[Assert.NotNull(LinuxArchitectures.Current)];
        foreach (var name in HighErrnos.Concat(SyscallNumbers))
        {
            var property = Assert.IsAssignableFrom<PropertyInfo>(typeof(SyscallConstants).GetProperty(name, BindingFlags.Public | BindingFlags.Static));
            Assert.Equal(Assert.IsAssignableFrom<FieldInfo>(current.GetField(name)).GetValue(null), property.GetValue(null));
        }
    }

    [Fact]
    public void Every_constant_of_the_generated_LinuxStat_equals_clang_on_every_clang_target()
    {
        // The statx mask bits and file type bits the runtime and the cli pass and test come from the
        // generated LinuxStat (linux/stat.h), not from syscall-constants.h: every one it has is checked.
        var constants = typeof(LinuxStat).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .ToDictionary(f => f.Name, f => Int128.Parse(Convert.ToString(f.GetRawConstantValue(), CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture));
        Assert.Superset(
            new HashSet<string>([nameof(LinuxStat.STATX_TYPE), nameof(LinuxStat.STATX_INO), nameof(LinuxStat.STATX_SIZE), nameof(LinuxStat.S_IFMT),
                nameof(LinuxStat.S_IFSOCK), nameof(LinuxStat.S_IFREG), nameof(LinuxStat.S_IFBLK), nameof(LinuxStat.S_IFDIR), nameof(LinuxStat.S_IFCHR), nameof(LinuxStat.S_IFIFO)]),
            constants.Keys.ToHashSet());

        var mismatches = new List<string>();
        var compared = 0;
        foreach (var architecture in OracleArchitectures.WithClangTarget)
        {
            var result = oracle.Instance.Evaluate(new OracleQuery(
                architecture.ClangTriple!, OraclePaths.IncludeDirectories(architecture, null), "linux/stat.h", [.. constants.Keys], [], []));
            foreach (var (name, ours) in constants)
            {
                compared++;
                var clang = result.Constants[name];
                if (!clang.IsEvaluated || ours != (clang.IsUnsigned ? (Int128)clang.Value : clang.SignedValue))
                {
                    mismatches.Add($"LinuxStat.{name} on {architecture.Name}: ours {ours}, clang {(clang.IsEvaluated ? clang.SignedValue.ToString(CultureInfo.InvariantCulture) : clang.Error)}");
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
        Assert.Equal(OracleArchitectures.WithClangTarget.Count() * constants.Count, compared);
    }

    [Fact]
    public void The_statx_buffer_the_runtime_passes_is_laid_out_as_clang_lays_out_struct_statx_on_every_clang_target()
    {
        // The type NativeCalls.Statx fills, found through the method so that whatever stands there is measured.
        var buffer = typeof(NativeCalls).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name == nameof(NativeCalls.Statx))
            .Select(m => m.GetParameters().Single(p => p.Name == "buffer").ParameterType.GetElementType()!)
            .Distinct().Single();
        var structs = CStructs(buffer);

        var mismatches = new List<string>();
        foreach (var architecture in OracleArchitectures.WithClangTarget)
        {
            var result = oracle.Instance.Evaluate(new OracleQuery(
                architecture.ClangTriple!, OraclePaths.IncludeDirectories(architecture, null), "linux/stat.h", [], [], [])
            { MeasuresEveryDefinedStruct = true });
            foreach (var type in structs)
            {
                var where = $"struct {type.Name} on {architecture.Name}";
                if (!result.Structs.TryGetValue(type.Name, out var clang) || clang.Error is not null)
                {
                    mismatches.Add($"{where}: clang has no such struct in linux/stat.h ({clang?.Error ?? "not defined"})");
                    continue;
                }

                var ours = type.GetFields(BindingFlags.Public | BindingFlags.Instance)
                    .ToDictionary(f => f.Name, f => (long)Marshal.OffsetOf(type, f.Name));
                var theirs = clang.FieldOffsetBits.Keys.ToDictionary(f => f, clang.OffsetOf);
                if (!ours.OrderBy(f => f.Key, StringComparer.Ordinal).SequenceEqual(theirs.OrderBy(f => f.Key, StringComparer.Ordinal)))
                {
                    mismatches.Add($"{where}: fields {Describe(ours)}, clang {Describe(theirs)}");
                }

                if (Marshal.SizeOf(type) != clang.Size)
                {
                    mismatches.Add($"{where}: {Marshal.SizeOf(type)} bytes, clang {clang.Size}");
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));

        static string Describe(Dictionary<string, long> fields) =>
            "[" + string.Join(" ", fields.OrderBy(f => f.Value).Select(f => $"{f.Key}@{f.Value}")) + "]";
    }

    // The buffer and the C structs inside it (struct statx_timestamp), each named for its C tag.
    private static Type[] CStructs(Type buffer) =>
        [buffer, .. buffer.GetFields(BindingFlags.Public | BindingFlags.Instance).Select(f => f.FieldType)
            .Where(t => t is { IsValueType: true, IsPrimitive: false } && t.GetCustomAttribute<System.Runtime.CompilerServices.InlineArrayAttribute>() is null)
            .Distinct()];

    private static bool Lacks(LinuxArchitecture architecture, string name) =>
        (HighErrnos.Contains(name) && OwnErrnoTable.Contains(architecture))
        || (SyscallNumbers.Contains(name) && OwnSyscallTable.Contains(architecture));

    private static (HeaderText Header, HeaderModel Model) Build()
    {
        var path = Path.Combine(InteropDirectory, "syscall-constants.h");
        var header = new HeaderText("syscall-constants.h", path, File.ReadAllText(path));
        var model = HeaderModelBuilder.Build(header, VendoredHeaders.Provider);
        Assert.Empty(model.Diagnostics);
        return (header, model);
    }

    // The constant's value on the architecture as its C type reads it, or null where the header does not define it.
    private static Int128? Value(ConstantModel constant, string architecture)
    {
        if (constant.Values.FirstOrDefault(v => v.Arch == architecture) is not { } value)
        {
            return null;
        }

        var dataModel = DataModels.Find(architecture)!;
        return dataModel.IsSigned(value.Value.Kind) ? value.Value.AsSigned(dataModel) : value.Value.Raw;
    }
}
