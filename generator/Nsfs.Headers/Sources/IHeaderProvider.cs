namespace Nsfs.Headers.Sources;

/// <summary>Finds headers by include name (a path relative to an include root, e.g. <c>arch/mips/asm/ioctl.h</c>).</summary>
public interface IHeaderProvider
{
    /// <summary>Looks a header up; returns <see langword="null"/> when there is none.</summary>
    HeaderText? Find(string includeName);
}
