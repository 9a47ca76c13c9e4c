using static Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace Nsfs.Analyzers;

/// <summary>
/// The catalogue of the usage rules: the only place their ids, titles, messages, severities and
/// descriptions are written. Analyzers report these descriptors, code fixes name their ids, and
/// RuleDocumentationTests keeps them in step with the AnalyzerReleases files and docs/rules/&lt;ID&gt;.md.
/// Ids are never reused or renumbered; NSFS0xxx are the usage rules (NSFS1xxx belong to the generator's
/// DiagnosticIds). The release-tracking analyzers see each id written here (RS2000 fails the build
/// for an id missing from AnalyzerReleases.*.md); the severity and category reach the descriptor
/// through Describe's parameters, where those analyzers cannot follow them, so RuleDocumentationTests
/// checks them against the release files instead. One rule a line, as a table.
/// </summary>
public static class UsageRules
{
    /// <summary>The category of every usage rule: how code calls nsfs requests and the typed API.</summary>
    public const string Category = "Nsfs.Usage";

    /// <summary>NSFS0001: a handle of a known namespace type reaches a request or API for another type.</summary>
    public static readonly DiagnosticDescriptor WrongNamespaceType = Describe("NSFS0001", Warning, "Namespace handle of the wrong type", "{0} needs a {1} namespace, but this handle is a {2} namespace: {3}", "The handle's namespace type is known from how it was opened; the request or conversion cannot succeed on it.");

    /// <summary>NSFS0002: the failure (ESRCH) of a pid translation is ignored.</summary>
    public static readonly DiagnosticDescriptor IgnoredTranslationFailure = Describe("NSFS0002", Warning, "Pid translation failure ignored", "The outcome of {0} is not checked: {1}", "A pid translation fails with ESRCH whenever the task is not visible on the other side; the failure must be checked before the result is used as a pid.");

    /// <summary>NSFS0003: a pointer passed to a request that takes its argument by value.</summary>
    public static readonly DiagnosticDescriptor PointerToByValueRequest = Describe("NSFS0003", Warning, "Pointer passed to a request that takes a value", "{0} takes its {1} argument by value despite its encoding {2}; pass the value itself, not {3}", "The kernel reads the third ioctl argument of this request as a number, not as an address.");

    /// <summary>NSFS0004: a value passed to a request that writes through a pointer.</summary>
    public static readonly DiagnosticDescriptor ValueToPointerRequest = Describe("NSFS0004", Warning, "Value passed to a request that takes a pointer", "{0} {1} a {2} through its argument; pass the address of a {3}-byte buffer, not {4}", "The kernel dereferences the third ioctl argument of this request.");

    /// <summary>NSFS0005: a buffer whose size differs from the request's encoded size.</summary>
    public static readonly DiagnosticDescriptor BufferSizeMismatch = Describe("NSFS0005", Warning, "Buffer size differs from the request's size", "{0} transfers a {1}-byte {2}, but the buffer is a {3} of {4} bytes", "The kernel copies the size encoded in the request, whatever the buffer's size.");

    /// <summary>NSFS0006: an integer literal that is an nsfs/pidfd request number.</summary>
    public static readonly DiagnosticDescriptor MagicRequestNumber = Describe("NSFS0006", Info, "Request number written as a literal", "0x{0} is {1} as encoded for {2}; use {3}, which holds the value for the running architecture", "A literal request number is one architecture's encoding of a request the generated constants already name.");

    /// <summary>NSFS0007: a per-architecture request constant issued on the running machine.</summary>
    public static readonly DiagnosticDescriptor ArchitecturePinnedRequest = Describe("NSFS0007", Info, "Architecture-specific request issued on any architecture", "{0} is the {1} encoding of {2}; code that runs on any architecture should use {3}", "Per-architecture request tables are for cross-architecture tools; an ioctl on the running machine needs the current-process value.");

    /// <summary>NSFS0008: a translated pid used to act on a process without a pidfd pinning it.</summary>
    public static readonly DiagnosticDescriptor UnpinnedTranslatedPid = Describe("NSFS0008", Info, "Translated pid used without a pidfd", "The pid from {0} may name another process by the time {1} uses it; pin the process (PidNamespace.PinFromNamespace, PidRef.Pin) and act through the pidfd", "Pids are reused; only a pidfd keeps naming the process it was opened for.");

    /// <summary>A rule enabled by default, in the usage category, linking to its page (the same links as the generator's diagnostics).</summary>
    private static DiagnosticDescriptor Describe(string id, DiagnosticSeverity severity, string title, string message, string description) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, description, RuleHelpLinks.For(id));
}
