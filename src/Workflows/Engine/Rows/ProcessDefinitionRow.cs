namespace LaiChau.Workflows.Engine.Rows;

/// <summary>One deployed version of one process (a BPMN file with several processes deploys one row each, same XML).</summary>
public sealed class ProcessDefinitionRow
{
    /// <summary>A note fits in a query string under Kestrel's 8 KB request line even when every letter is Vietnamese.</summary>
    public const int ChangeNoteMaxLength = 500;

    public Guid Id { get; init; }

    /// <summary>The BPMN process id: what instances are started by.</summary>
    public required string Key { get; init; }

    public int Version { get; init; }

    public string? Name { get; init; }

    /// <summary>SHA-256 of the file: the same XML deployed again returns this version.</summary>
    public required string Hash { get; init; }

    public required string Xml { get; init; }

    public DateTimeOffset DeployedAt { get; init; }

    public string? DeployedBy { get; init; }

    /// <summary>What the publisher said changed in this version (the designer's change note); null when none was given.</summary>
    public string? ChangeNote { get; init; }
}
