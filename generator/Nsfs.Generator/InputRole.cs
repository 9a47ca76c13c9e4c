namespace Nsfs.Generator;

/// <summary>The role of an AdditionalFile the Nsfs MSBuild items marked.</summary>
internal enum InputRole
{
    /// <summary>A C header (<c>NsfsHeader</c> item).</summary>
    Header,
    /// <summary>A header's facts annotation (<c>&lt;header&gt;.facts</c>).</summary>
    Facts,
    /// <summary>A header's ABI baseline (<c>&lt;header&gt;.shipped.txt</c>).</summary>
    Baseline,
}
