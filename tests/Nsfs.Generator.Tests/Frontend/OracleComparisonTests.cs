using System.Diagnostics;
using System.Globalization;

namespace Nsfs.Generator.Tests.Frontend;

/// <summary>
/// The front end against a real compiler: for every fixture header and every architecture clang can
/// compile for, every request, numeric constant, enumerator and struct layout in our
/// <see cref="HeaderModel"/> must be what clang computes from the same headers; and the set of
/// requests must be the set of macros clang evaluates that are built with <c>_IOC</c>.
/// </summary>
public sealed class OracleComparisonTests(ClangOracleFixture oracle, ITestOutputHelper output)
    : IClassFixture<ClangOracleFixture>
{
    // Uses __u32 without including linux/types.h: clang needs that header first, while our data
    // model supplies the fixed-width types itself (the oracle sweep checks clang fails without it).
    private static readonly string[] NeedLinuxTypesFirst = ["dev-snapshots/v6.12-dev-brauner-e35c75b/linux/nsfs.h"];

    // What the comparison covered when it was written: 26 fixture headers on 20 clang targets, per
    // target 246 requests, 291 constants and enumerators, 27 structs and 158 field offsets. Fixtures
    // are only ever added, so fewer comparisons means something silently stopped being compared.
    private const int RequestFloor = 4920;
    private const int ConstantFloor = 5820;
    private const int StructFloor = 540;
    private const int FieldFloor = 3160;

    [Fact]
    public void Every_request_constant_and_struct_equals_clang_on_every_clang_target()
    {
        var clock = Stopwatch.StartNew();
        var counts = OracleArchitectures.WithClangTarget.ToDictionary(a => a.Name, _ => new ComparisonCounts(), StringComparer.Ordinal);
        var mismatches = new List<string>();
        var headers = 0;
        foreach (var version in FixtureVersion.All)
        {
            foreach (var header in version.Primaries)
            {
                CompareHeader(version, header, counts, mismatches);
                headers++;
            }
        }

        var total = new ComparisonCounts
        {
            Requests = counts.Values.Sum(c => c.Requests),
            Constants = counts.Values.Sum(c => c.Constants),
            Structs = counts.Values.Sum(c => c.Structs),
            Fields = counts.Values.Sum(c => c.Fields),
        };
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{headers} fixture headers x {counts.Count} clang targets in {clock.Elapsed.TotalSeconds:F1} s"));
        output.WriteLine("arch         requests constants structs fields");
        foreach (var (arch, c) in counts.Append(new("total", total)))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{arch,-12} {c.Requests,8} {c.Constants,9} {c.Structs,7} {c.Fields,6}"));
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} differences from clang:\n" + string.Join('\n', mismatches.Take(60)));
        Assert.True(total.Requests >= RequestFloor, $"Only {total.Requests} requests compared; expected at least {RequestFloor}.");
        Assert.True(total.Constants >= ConstantFloor, $"Only {total.Constants} constants compared; expected at least {ConstantFloor}.");
        Assert.True(total.Structs >= StructFloor, $"Only {total.Structs} structs compared; expected at least {StructFloor}.");
        Assert.True(total.Fields >= FieldFloor, $"Only {total.Fields} field offsets compared; expected at least {FieldFloor}.");
    }

    private void CompareHeader(FixtureVersion version, HeaderText header, Dictionary<string, ComparisonCounts> counts, List<string> mismatches)
    {
        var label = $"{version.Name}/{header.IncludeName}";
        var model = HeaderModelBuilder.Build(header, version.Roots);
        string[] prelude = NeedLinuxTypesFirst.Contains(label, StringComparer.Ordinal) ? ["linux/types.h"] : [];

        // clang's own list of what the header defines, so names our model lacks are asked too.
        var survey = oracle.Instance.Evaluate(Query(OracleArchitectures.Get("x64"), version, header, [], [], prelude));
        var clangMacros = survey.DefinedMacros.ToHashSet(StringComparer.Ordinal);
        var textRequests = RequestMacroScanner.Requests(header.Text);
        var requestNames = model.Requests.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var constantNames = model.Constants.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var values = DataModels.Find(model.Architectures[0])!;
        var enumerators = model.Enums.SelectMany(e => e.Members.Select(m =>
            (m.CName, Literal: CSharpLiterals.EnumLiteral(m, CSharpLiterals.EnumUnderlyingType(e, values), values)))).ToList();

        var clangStructs = survey.DefinedStructs.Select(s => $"{s.Name}({string.Join(",", s.Fields)})").Order(StringComparer.Ordinal);
        var ourStructs = model.Structs.Select(s => $"{s.Name}({string.Join(",", s.Fields.Select(f => f.Name))})").Order(StringComparer.Ordinal);
        if (!clangStructs.SequenceEqual(ourStructs, StringComparer.Ordinal))
        {
            mismatches.Add($"{label}: structs and fields are [{string.Join(" ", ourStructs)}], clang has [{string.Join(" ", clangStructs)}]");
        }

        string[] Decoders(string request) => [$"_IOC_DIR({request})", $"_IOC_TYPE({request})", $"_IOC_NR({request})", $"_IOC_SIZE({request})"];
        var asked = clangMacros.Concat(requestNames).Concat(constantNames).Concat(enumerators.Select(e => e.CName))
            .Concat(requestNames.SelectMany(Decoders))
            .Concat(requestNames.Count > 0 ? ["_IOC_READ", "_IOC_WRITE"] : Array.Empty<string>())
            .Distinct(StringComparer.Ordinal).ToArray();
        var structs = model.Structs.Select(s => new OracleStructQuery(s.Name, s.Fields.Select(f => f.Name).ToArray())).ToArray();

        foreach (var architecture in OracleArchitectures.WithClangTarget)
        {
            var where = $"{label} on {architecture.Name}";
            var count = counts[architecture.Name];
            var result = oracle.Instance.Evaluate(Query(architecture, version, header, asked, structs, prelude));
            var analysis = HeaderEvaluator.Evaluate(header, version.Roots, DataModels.Find(architecture.Name)!);

            // The request set: clang's evaluable macros whose definition goes through _IOC.
            var evaluated = result.DefinedMacros.Where(m => result.Constants.TryGetValue(m, out var c) && c.IsEvaluated).ToHashSet(StringComparer.Ordinal);
            var clangRequests = evaluated.Where(textRequests.Contains).ToHashSet(StringComparer.Ordinal);
            if (!clangRequests.SetEquals(requestNames))
            {
                mismatches.Add($"{where}: requests [{string.Join(" ", requestNames.Order(StringComparer.Ordinal))}] but clang evaluates [{string.Join(" ", clangRequests.Order(StringComparer.Ordinal))}]");
            }

            foreach (var missing in evaluated.Where(m => !requestNames.Contains(m) && !constantNames.Contains(m)))
            {
                if (!model.Diagnostics.Any(d => d.Message.Contains(missing, StringComparison.Ordinal)))
                {
                    mismatches.Add($"{where}: clang evaluates {missing} = 0x{result.Constants[missing].Value:x}, which the model neither has nor explains");
                }
            }

            foreach (var request in model.Requests)
            {
                var read = Value(result, "_IOC_READ");
                var write = Value(result, "_IOC_WRITE");
                var ours = request.Values.Single(v => v.Arch == architecture.Name);
                var dir = Value(result, $"_IOC_DIR({request.Name})");
                var direction = dir == (read | write) ? IoctlDirectionKind.ReadWrite : dir == read ? IoctlDirectionKind.Read
                    : dir == write ? IoctlDirectionKind.Write : IoctlDirectionKind.None;
                Check(mismatches, where, request.Name, ours.Value, Value(result, request.Name));
                Check(mismatches, where, $"{request.Name} direction", ours.Direction, direction);
                Check(mismatches, where, $"{request.Name} type", ours.Type, Value(result, $"_IOC_TYPE({request.Name})"));
                Check(mismatches, where, $"{request.Name} nr", ours.Number, Value(result, $"_IOC_NR({request.Name})"));
                Check(mismatches, where, $"{request.Name} size", ours.Size, Value(result, $"_IOC_SIZE({request.Name})"));
                count.Requests++;
            }

            foreach (var constant in model.Constants)
            {
                var ours = constant.Values.Single(v => v.Arch == architecture.Name);
                var (type, literal) = CSharpLiterals.Constant(constant, ours);
                CheckConstant(mismatches, where, constant.Name, literal, CSharpLiteralValue.IsUnsignedType(type), result);
                var typed = analysis.Constants.Where(c => c.Name == constant.Name).Select(c => (CValue?)c.Value)
                    .Concat(analysis.Enums.SelectMany(e => e.Members).Where(m => m.Name == constant.Name).Select(m => (CValue?)m.Value))
                    .FirstOrDefault();
                if (typed is { } value && result.Constants[constant.Name].IsEvaluated)
                {
                    Check(mismatches, where, $"{constant.Name} C type", IntegerKinds.Spelling(value.Kind), result.Constants[constant.Name].TypeSpelling);
                }

                count.Constants++;
            }

            foreach (var member in enumerators)
            {
                CheckConstant(mismatches, where, member.CName, member.Literal, unsigned: null, result);
                count.Constants++;
            }

            foreach (var declared in model.Structs)
            {
                var ours = declared.Layouts.Single(l => l.Arch == architecture.Name);
                var clang = result.Structs[declared.Name];
                if (clang.Error is not null || clang.MissingFields.Count > 0)
                {
                    mismatches.Add($"{where}: clang cannot lay out struct {declared.Name}: {clang.Error} {string.Join(",", clang.MissingFields)}");
                    continue;
                }

                Check(mismatches, where, $"sizeof(struct {declared.Name})", (long)ours.Size, clang.Size);
                if (architecture.ClangAlignsInt64LikeLinux)
                {
                    Check(mismatches, where, $"alignof(struct {declared.Name})", (long)ours.Alignment, clang.Alignment);
                }

                count.Structs++;
                foreach (var field in ours.Offsets)
                {
                    Check(mismatches, where, $"offsetof(struct {declared.Name}, {field.Field})", (long)field.Offset, clang.OffsetOf(field.Field));
                    count.Fields++;
                }
            }
        }
    }

    private static void CheckConstant(List<string> mismatches, string where, string name, string literal, bool? unsigned, OracleResult result)
    {
        var clang = result.Constants[name];
        if (!clang.IsEvaluated)
        {
            mismatches.Add($"{where}: {name} = {literal} but clang cannot evaluate it: {clang.Error!.Split('\n')[0]}");
            return;
        }

        Check(mismatches, where, name, CSharpLiteralValue.Parse(literal), clang.IsUnsigned ? (Int128)clang.Value : clang.SignedValue);
        if (unsigned is { } isUnsigned)
        {
            Check(mismatches, where, $"{name} is unsigned", isUnsigned, clang.IsUnsigned);
        }
    }

    private static ulong Value(OracleResult result, string expression)
    {
        var constant = result.Constants[expression];
        return constant.IsEvaluated ? constant.Value : throw new InvalidOperationException($"clang cannot evaluate {expression}: {constant.Error}");
    }

    private static void Check<T>(List<string> mismatches, string where, string what, T ours, T clang)
    {
        if (!EqualityComparer<T>.Default.Equals(ours, clang))
        {
            mismatches.Add(string.Create(CultureInfo.InvariantCulture, $"{where}: {what} is {Show(ours)} but clang says {Show(clang)}"));
        }
    }

    private static string? Show<T>(T value) => value switch
    {
        uint or ulong => string.Format(CultureInfo.InvariantCulture, "0x{0:x}", value),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static OracleQuery Query(OracleArchitecture architecture, FixtureVersion version, HeaderText header,
        IReadOnlyList<string> constants, IReadOnlyList<OracleStructQuery> structs, IReadOnlyList<string> prelude) =>
        new(architecture.ClangTriple!, OraclePaths.IncludeDirectories(architecture, version.Directory), header.IncludeName, constants, structs, [])
        {
            PreludeIncludes = prelude,
        };
}
