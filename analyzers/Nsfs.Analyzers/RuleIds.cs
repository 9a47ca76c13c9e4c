namespace Nsfs.Analyzers;

/// <summary>
/// Every usage-rule id in one place, so analyzers, code fixes, docs and tests agree. Ids are never
/// reused or renumbered; NSFS0xxx are the usage analyzers (NSFS1xxx belong to the generator).
/// </summary>
public static class RuleIds
{
    /// <summary>Usage rules: how code calls nsfs requests and the typed API.</summary>
    public const string UsageCategory = "Nsfs.Usage";

    /// <summary>NSFS0001: a handle of a known namespace type reaches a request or API for another type.</summary>
    public const string WrongNamespaceType = "NSFS0001";

    /// <summary>NSFS0002: the failure (ESRCH) of a pid translation is ignored.</summary>
    public const string IgnoredTranslationFailure = "NSFS0002";

    /// <summary>NSFS0003: a pointer passed to a request that takes its argument by value.</summary>
    public const string PointerToByValueRequest = "NSFS0003";

    /// <summary>NSFS0004: a value passed to a request that writes through a pointer.</summary>
    public const string ValueToPointerRequest = "NSFS0004";

    /// <summary>NSFS0005: a buffer whose size differs from the request's encoded size.</summary>
    public const string BufferSizeMismatch = "NSFS0005";

    /// <summary>NSFS0006: an integer literal that is an nsfs/pidfd request number.</summary>
    public const string MagicRequestNumber = "NSFS0006";

    /// <summary>NSFS0007: a per-architecture request constant issued on the running machine.</summary>
    public const string ArchitecturePinnedRequest = "NSFS0007";

    /// <summary>NSFS0008: a translated pid used to act on a process without a pidfd pinning it.</summary>
    public const string UnpinnedTranslatedPid = "NSFS0008";

    /// <summary>The documentation page of a rule (the same links as the generator's diagnostics).</summary>
    /// <param name="id">A rule id.</param>
    /// <returns>The help link.</returns>
    public static string HelpLink(string id) => RuleHelpLinks.For(id);
}
