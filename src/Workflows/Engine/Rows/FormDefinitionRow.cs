namespace LaiChau.Workflows.Engine.Rows;

/// <summary>One deployed version of one Camunda Form (a <c>.form</c> resource): user tasks link it by its form id.</summary>
public sealed class FormDefinitionRow
{
    public Guid Id { get; init; }

    /// <summary>The form's <c>id</c>: what <c>zeebe:formDefinition formId</c> names.</summary>
    public required string FormId { get; init; }

    public int Version { get; init; }

    /// <summary>SHA-256 of the JSON: the same form deployed again returns this version.</summary>
    public required string Hash { get; init; }

    public required string Json { get; init; }

    public DateTimeOffset DeployedAt { get; init; }

    public string? DeployedBy { get; init; }

    public string? ChangeNote { get; init; }
}
