namespace LaiChau.Workflows.Model;

/// <summary>Where an element starts in the BPMN file (1-based), so that errors can point at it.</summary>
public sealed record SourcePosition(int Line, int Column)
{
    public static SourcePosition Unknown { get; } = new(0, 0);
}
