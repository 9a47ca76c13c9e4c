using System.Runtime.InteropServices;

namespace Nsfs.Generator.Tests.Generator;

/// <summary>
/// An anonymous enum's members are constants, and get what constants get: a value per architecture
/// where it differs, the current process's value from the running architecture, and members the
/// header declares on some architectures only are generated there alone.
/// </summary>
public sealed class ArchitectureDependentEnumeratorTests
{
    private const string Header = """
        #include <linux/ioctl.h>
        #define MY_GET _IOR('m', 1, int)
        enum {
        	MY_WORD = __SIZEOF_LONG__,
        	MY_FIXED = 3,
        };
        #ifdef __aarch64__
        enum { MY_ARM64_ONLY = 9 };
        #endif
        """;

    [Fact]
    public void A_member_whose_value_differs_has_a_value_per_architecture_and_the_current_one()
    {
        var generated = Generate();

        Assert.Equal(8, Constant(generated, "X64", "MY_WORD"));
        Assert.Equal(4, Constant(generated, "Arm", "MY_WORD"));
        Assert.Equal(4, Constant(generated, "X86", "MY_WORD"));
        Assert.Equal(IntPtr.Size, generated.GetField("MY_WORD")!.GetValue(null));
        Assert.Equal(3, generated.GetField("MY_FIXED")!.GetRawConstantValue());
    }

    [Fact]
    public void A_member_declared_on_some_architectures_only_is_generated_there_alone()
    {
        var generated = Generate();

        Assert.Equal(9, Constant(generated, "Arm64", "MY_ARM64_ONLY"));
        Assert.Null(generated.GetNestedType("X64")!.GetField("MY_ARM64_ONLY"));
        PartlyDefinedConstantTests.AssertCurrent(generated, "MY_ARM64_ONLY", RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? 9 : null);
    }

    private static object? Constant(Type generated, string architecture, string name) =>
        generated.GetNestedType(architecture)!.GetField(name)!.GetRawConstantValue();

    private static Type Generate()
    {
        var (assembly, diagnostics) = GeneratorHarness.CompileAndLoad([TestAdditionalFile.Header("/src/my.h", Header)]);
        Assert.Empty(diagnostics);
        return assembly.GetTypes().Single(t => !t.IsNested && t.GetField("MY_GET") is not null);
    }
}
