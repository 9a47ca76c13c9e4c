using System.Reflection;
using System.Runtime.InteropServices;

namespace Nsfs.Generator.Tests.Generator;

/// <summary>
/// A constant the header defines on some architectures only (behind <c>#ifdef __x86_64__</c> and the
/// like) is generated where it is defined and nowhere else: a per-architecture constant where it
/// exists, and a current-process property that throws on the others without making the rest of the
/// class unusable there.
/// </summary>
public sealed class PartlyDefinedConstantTests
{
    private const string Header = """
        #include <linux/ioctl.h>
        #define MY_GET _IOR('m', 1, int)
        #ifdef __x86_64__
        #define MY_X64_ONLY 7
        #endif
        #ifdef __aarch64__
        #define MY_ARM64_ONLY 9
        #endif
        """;

    [Fact]
    public void Each_architecture_table_has_the_constant_only_where_the_header_defines_it()
    {
        var generated = Generate();

        Assert.Equal(7, generated.GetNestedType("X64")!.GetField("MY_X64_ONLY")!.GetRawConstantValue());
        Assert.Null(generated.GetNestedType("X64")!.GetField("MY_ARM64_ONLY"));
        Assert.Equal(9, generated.GetNestedType("Arm64")!.GetField("MY_ARM64_ONLY")!.GetRawConstantValue());
        Assert.Null(generated.GetNestedType("Arm64")!.GetField("MY_X64_ONLY"));
        Assert.Null(generated.GetNestedType("RiscV64")!.GetField("MY_X64_ONLY"));
    }

    [Fact]
    public void The_current_value_is_read_where_defined_and_throws_elsewhere_while_the_rest_of_the_class_works()
    {
        var generated = Generate();
        var architecture = RuntimeInformation.ProcessArchitecture;

        AssertCurrent(generated, "MY_X64_ONLY", architecture == Architecture.X64 ? 7 : null);
        AssertCurrent(generated, "MY_ARM64_ONLY", architecture == Architecture.Arm64 ? 9 : null);

        // Read after a partly defined constant has thrown: a throwing field initializer would have
        // failed the type initializer, and this read with it.
        Assert.Equal(0x80046d01U, generated.GetField("MY_GET")!.GetValue(null));
    }

    /// <summary>The current-process property <paramref name="name"/> reads <paramref name="expected"/>, or throws PlatformNotSupportedException naming it when null.</summary>
    internal static void AssertCurrent(Type generated, string name, int? expected)
    {
        var property = generated.GetProperty(name, BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException($"{name} is not a static property of {generated}.");
        if (expected is { } value)
        {
            Assert.Equal(value, property.GetValue(null));
            return;
        }

        var thrown = Assert.Throws<TargetInvocationException>(() => property.GetValue(null));
        var unsupported = Assert.IsType<PlatformNotSupportedException>(thrown.InnerException);
        Assert.Contains(name, unsupported.Message, StringComparison.Ordinal);
    }

    private static Type Generate()
    {
        var (assembly, diagnostics) = GeneratorHarness.CompileAndLoad([TestAdditionalFile.Header("/src/my.h", Header)]);
        Assert.Empty(diagnostics);
        return assembly.GetTypes().Single(t => !t.IsNested && t.GetField("MY_GET") is not null);
    }
}
