namespace Nsfs.Errors;

/// <summary>What a failed call means to its caller.</summary>
internal enum ErrorOutcome
{
    /// <summary>The pid or process is not there (or not visible): a Try method returns false.</summary>
    NotVisible,
    /// <summary>An iteration reached its end.</summary>
    EndOfList,
    /// <summary>A real error: throw the exception <see cref="NsfsErrors.CreateException"/> builds.</summary>
    Throw,
}
