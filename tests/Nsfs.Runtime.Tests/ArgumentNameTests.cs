using System.Reflection;
using Nsfs.Uapi;

namespace Nsfs.Runtime.Tests;

/// <summary>
/// Every public method that takes a pid rejects a non-positive one with an
/// <see cref="ArgumentOutOfRangeException"/> whose ParamName is that method's own name for the
/// parameter (<c>pid</c>, <c>callerPid</c>, …), so tools and callers that read ParamName are told the truth.
/// </summary>
public sealed class ArgumentNameTests
{
    [Fact]
    public void Every_public_method_taking_a_pid_names_its_own_parameter_when_it_rejects_it()
    {
        using var current = PidNamespace.OpenCurrent();
        var checkedMethods = new List<string>();
        var wrong = new List<string>();
        foreach (var method in PublicMethods())
        {
            foreach (var parameter in method.GetParameters().Where(p => p.ParameterType == typeof(int) && !p.IsOut
                && p.Name!.EndsWith("pid", StringComparison.OrdinalIgnoreCase)))
            {
                var arguments = method.GetParameters().Select(p => p == parameter ? 0 : Valid(p)).ToArray();
                var target = method.IsStatic ? null : current;
                var name = $"{method.DeclaringType!.Name}.{method.Name}({parameter.Name})";
                checkedMethods.Add(name);
                try
                {
                    method.Invoke(target, arguments);
                    wrong.Add($"{name}: accepted 0");
                }
                catch (TargetInvocationException error) when (error.InnerException is ArgumentOutOfRangeException rejected)
                {
                    if (rejected.ParamName != parameter.Name)
                    {
                        wrong.Add($"{name}: ParamName is '{rejected.ParamName}'");
                    }
                }
                catch (TargetInvocationException error)
                {
                    wrong.Add($"{name}: {error.InnerException!.GetType().Name} instead of ArgumentOutOfRangeException");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
        // The methods the reflection must have found, so the check cannot pass by finding none.
        Assert.Contains("PidNamespace.GetPidInNamespace(callerPid)", checkedMethods);
        Assert.Contains("PidNamespace.TryGetTgidInNamespace(callerPid)", checkedMethods);
        Assert.Contains("PidNamespace.GetPidFromNamespace(pid)", checkedMethods);
        Assert.Contains("PidFd.Open(pid)", checkedMethods);
        Assert.Contains("NamespaceHandle.Open(pid)", checkedMethods);
    }

    // The public methods of the public types: static ones, and instance ones a PidNamespace has; a
    // generic type (NamespaceHandle<TNamespace>) is taken as NamespaceHandle<PidNamespace>.
    private static IEnumerable<MethodInfo> PublicMethods() =>
        typeof(PidNamespace).Assembly.GetExportedTypes()
            .Select(t => t.IsGenericTypeDefinition ? t.MakeGenericType(typeof(PidNamespace)) : t)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsGenericMethodDefinition && !m.IsSpecialName && (m.IsStatic || m.DeclaringType!.IsAssignableFrom(typeof(PidNamespace))));

    // A valid value for every other parameter, so only the pid can be what is rejected.
    private static object? Valid(ParameterInfo parameter) =>
        parameter.ParameterType == typeof(NamespaceType) ? NamespaceType.Pid
        : parameter.HasDefaultValue ? parameter.DefaultValue
        : parameter.ParameterType.IsByRef ? null
        : parameter.ParameterType.IsValueType ? Activator.CreateInstance(parameter.ParameterType)
        : null;
}
