namespace LaiChau.Workflows.Engine.Rows;

/// <summary>One deployed version of one process (a BPMN file with several processes deploys one row each, same XML).</summary>
public sealed class ProcessDefinitionRow
{
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
}
