namespace LaiChau.Workflows.Engine;

/// <summary>Direct hand-off of new jobs to this host's workers (ADR 27).</summary>
public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Set by this host's job worker service: jobs of its types that a command here creates are written leased to it
    /// and handed to it after the commit, instead of waiting for its next fetch. Null: every job is fetched.
    /// </summary>
    public IJobHandOff? JobHandOff { get; set; }
}
