using System.Globalization;
using System.Threading;

namespace Nsfs.Headers;

/// <summary>
/// The work one header may still take (<see cref="HeaderLimits.MaxWorkUnits"/>), shared by every
/// stage and architecture that reads it, and the cancellation token the long loops honour. Once it is
/// spent, every further <see cref="Spend"/> fails with the same located NSFS1010 error, at the place
/// the budget ran out, so the caller reports it once and stops.
/// </summary>
public sealed class WorkBudget
{
    // Checking the token costs a volatile read: often enough to cancel within microseconds, rarely
    // enough not to show in a profile.
    private const int UnitsPerCancellationCheck = 4096;

    private readonly CancellationToken _cancellationToken;
    private long _remaining;
    private int _sinceCheck;
    private HeaderException? _exhausted;

    /// <summary>Creates a budget of <paramref name="units"/>.</summary>
    public WorkBudget(long units = HeaderLimits.MaxWorkUnits, CancellationToken cancellationToken = default)
    {
        Units = units;
        _remaining = units;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The budget's size.</summary>
    public long Units { get; }

    /// <summary>The units spent so far.</summary>
    public long Spent => Units - _remaining;

    /// <summary>True once the budget ran out.</summary>
    public bool IsExhausted => _exhausted is not null;

    /// <summary>The error that ended the work, once the budget ran out.</summary>
    public HeaderException? Exhausted => _exhausted;

    /// <summary>Takes <paramref name="units"/> of work done at <paramref name="where"/>.</summary>
    /// <exception cref="HeaderException">The budget is spent (NSFS1010 at the place it ran out).</exception>
    /// <exception cref="System.OperationCanceledException">The token was cancelled.</exception>
    public void Spend(int units, SourceLocation where)
    {
        _remaining -= units;
        _sinceCheck += units;
        if (_sinceCheck >= UnitsPerCancellationCheck)
        {
            _sinceCheck = 0;
            _cancellationToken.ThrowIfCancellationRequested();
        }

        if (_remaining < 0)
        {
            throw _exhausted ??= new HeaderException(DiagnosticIds.LimitExceeded,
                string.Format(CultureInfo.InvariantCulture,
                    "The header needs more than {0:N0} units of work (tokens read, expanded and parsed for all architectures); the rest is skipped",
                    Units),
                where);
        }
    }

    /// <summary>
    /// Takes <paramref name="units"/> without throwing, for code that stops on its own; false once
    /// the budget is spent (then <see cref="Exhausted"/> says where).
    /// </summary>
    /// <exception cref="System.OperationCanceledException">The token was cancelled.</exception>
    public bool TrySpend(int units, SourceLocation where)
    {
        try
        {
            Spend(units, where);
            return true;
        }
        catch (HeaderException)
        {
            return false;
        }
    }

    /// <summary>Takes the cost of a reported problem (<see cref="HeaderLimits.WorkUnitsPerError"/>), as <see cref="TrySpend"/> does.</summary>
    /// <exception cref="System.OperationCanceledException">The token was cancelled.</exception>
    public bool ChargeError(SourceLocation where) => TrySpend(HeaderLimits.WorkUnitsPerError, where);

    /// <summary>Throws if the token was cancelled.</summary>
    public void ThrowIfCancellationRequested() => _cancellationToken.ThrowIfCancellationRequested();
}
