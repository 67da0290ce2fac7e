namespace LaiChau.Workflows.Engine.Rows;

/// <summary>
/// Work for a worker of <see cref="Type"/>. Fetchable when it has retries, its back-off has passed and it has no
/// live lease; a worker that crashes loses nothing: its lease expires and the job is fetchable again.
/// </summary>
public sealed class JobRow
{
    public Guid Id { get; init; }

    public Guid InstanceId { get; init; }

    public Guid ElementInstanceId { get; init; }

    public required string ElementId { get; init; }

    public required string Type { get; init; }

    public int Retries { get; set; }

    /// <summary>Earliest instant of the next attempt (back-off after a failure).</summary>
    public DateTimeOffset RunAfter { get; set; }

    public string? Worker { get; set; }

    /// <summary>Proof of ownership: a completion must carry the token of the current lease.</summary>
    public Guid? LeaseToken { get; set; }

    public DateTimeOffset? LeaseExpiresAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>zeebe:taskHeaders as JSON.</summary>
    public required string Headers { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
