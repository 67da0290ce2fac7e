using System.ComponentModel.DataAnnotations;

namespace LaiChau.Host.Workflows;

/// <summary><c>Workflows:Workers</c>: this host's job workers.</summary>
public sealed class JobWorkerOptions
{
    public const string Section = "Workflows:Workers";

    /// <summary>Off on a host that should only serve the API.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often idle workers look for jobs another host created (jobs of this host wake them at once).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    [Range(1, 1000)]
    public int MaxJobsPerFetch { get; set; } = 32;

    /// <summary>
    /// Jobs that commands on this host create for these workers are handed over after the commit, already leased,
    /// without a fetch (ADR 27); up to twice <see cref="MaxJobsPerFetch"/> at a time, the rest are fetched as usual.
    /// </summary>
    public bool HandOff { get; set; } = true;

    /// <summary>How many fetched jobs run at the same time (handlers are mostly I/O: e-mail, PDF, HTTP).</summary>
    [Range(1, 256)]
    public int Concurrency { get; set; } = 8;

    /// <summary>How long a job belongs to this host's worker; a crashed host's jobs return to the queue after it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Wait before a failed job is tried again, unless its handler says otherwise (<see cref="LaiChau.Workflows.Engine.JobResult.Fail"/>).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan Backoff { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Job types that workers outside this app handle (not an incident when no handler is registered here).</summary>
    public List<string> ExternalTypes { get; } = [];
}
