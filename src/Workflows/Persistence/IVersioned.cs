namespace LaiChau.Workflows.Persistence;

/// <summary>
/// A row protected by optimistic concurrency: every update checks the version it read and writes the next one,
/// so two writers that read the same row cannot both commit (the second gets a DbUpdateConcurrencyException).
/// </summary>
public interface IVersioned
{
    long Version { get; set; }
}
