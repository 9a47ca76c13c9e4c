namespace Nsfs.Generator.Tests.Frontend;

/// <summary>
/// The flags, errno values and syscall numbers the runtime passes to the kernel
/// (runtime/Interop/syscall-constants.h) are what clang computes from the same vendored headers,
/// on every architecture clang can compile for.
/// </summary>
public sealed class RuntimeConstantsOracleTests(ClangOracleFixture oracle) : IClassFixture<ClangOracleFixture>
{
    private static string InteropDirectory => Path.Combine(OraclePaths.RepositoryRoot, "runtime", "Interop");

    [Fact]
    public void Every_runtime_constant_equals_clang_on_every_clang_target()
    {
        var path = Path.Combine(InteropDirectory, "syscall-constants.h");
        var header = new HeaderText("syscall-constants.h", path, File.ReadAllText(path));
        var model = HeaderModelBuilder.Build(header, VendoredHeaders.Provider);
        Assert.Empty(model.Diagnostics);
        var names = model.Constants.Select(c => c.Name).ToArray();
        Assert.Contains("NSFS_O_CLOEXEC", names);
        Assert.Contains("NSFS_SYS_PIDFD_OPEN", names);

        var mismatches = new List<string>();
        var compared = 0;
        foreach (var architecture in OracleArchitectures.WithClangTarget)
        {
            var result = oracle.Instance.Evaluate(new OracleQuery(
                architecture.ClangTriple!, OraclePaths.IncludeDirectories(architecture, InteropDirectory), header.IncludeName, names, [], []));
            foreach (var constant in model.Constants)
            {
                var value = constant.Values.Single(v => v.Arch == architecture.Name).Value;
                var dataModel = DataModels.Find(architecture.Name)!;
                Int128 ours = dataModel.IsSigned(value.Kind) ? value.AsSigned(dataModel) : value.Raw;
                var clang = result.Constants[constant.Name];
                if (!clang.IsEvaluated || ours != (clang.IsUnsigned ? (Int128)clang.Value : clang.SignedValue))
                {
                    mismatches.Add($"{constant.Name} on {architecture.Name}: ours {ours}, clang {(clang.IsEvaluated ? clang.SignedValue.ToString(System.Globalization.CultureInfo.InvariantCulture) : clang.Error)}");
                }

                compared++;
            }
        }

        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
        Assert.Equal(OracleArchitectures.WithClangTarget.Count() * names.Length, compared);
    }
}
