namespace Nsfs.Headers.Preprocessing;

/// <summary>One open <c>#if</c> group: where it began, whether its parent is read, and which branch is.</summary>
internal sealed class Conditional
{
    public Conditional(SourceLocation location, bool parentActive, bool active, bool taken = false, bool seenElse = false)
    {
        Location = location;
        ParentActive = parentActive;
        Active = active;
        Taken = taken || active;
        SeenElse = seenElse;
    }

    public SourceLocation Location { get; }

    public bool ParentActive { get; }

    public bool Active { get; }

    public bool Taken { get; }

    public bool SeenElse { get; }

    public Conditional Next(bool active, bool isElse) => new(Location, ParentActive, active, Taken, isElse);
}
