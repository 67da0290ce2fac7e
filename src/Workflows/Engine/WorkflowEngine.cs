using LaiChau.Workflows.Bpmn;
using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Engine;

/// <summary>
/// The durable engine's front door: it builds the parts that hold its commands — one per job, all running through
/// one <see cref="CommandRunner"/> (load, run, save in one transaction, retry on a concurrent change) — and passes
/// each command on in one line. A host service injects only the part it uses (the host registers each); readers
/// are beside it (<see cref="WorkflowQueries"/>, <see cref="WorkflowStatistics"/>, <see cref="WorkflowTimers"/>).
/// </summary>
public sealed class WorkflowEngine
{
    private readonly WorkflowTimers _timers;

    public WorkflowEngine(
        IWorkflowDatabase database,
        TimeProvider clock,
        WorkflowEngineOptions? options = null,
        FeelFunctions? functions = null,
        IUserTaskAuthorization? authorization = null,
        Func<Calendar.WorkingDayCalculator>? workingDays = null,
        Forms.IFormOptionSource? formOptions = null)
    {
        var semantics = new Semantics(clock, () => Guid.CreateVersion7(clock.GetUtcNow()), functions, workingDays);
        Services = new EngineServices(
            clock,
            semantics,
            new DefinitionCatalog(new FeelExpressionSyntax(functions), clock, semantics),
            new FormCatalog(functions ?? FeelFunctions.BuiltIn, clock),
            options ?? new WorkflowEngineOptions());
        Authorization = authorization ?? new CandidateTaskAuthorization();
        FormOptionSource = formOptions;
        Runner = new CommandRunner(database, Services);
        Deployments = new WorkflowDeployments(Runner);
        Instances = new WorkflowInstances(Runner);
        Jobs = new WorkflowJobs(Runner);
        UserTasks = new WorkflowUserTasks(Runner, Authorization, formOptions, new FeelContext(clock, functions));
        Messages = new WorkflowMessages(Runner);
        Incidents = new WorkflowIncidents(Runner);
        Migrations = new WorkflowMigrations(Runner);
        _timers = new WorkflowTimers(this);
    }

    /// <summary>Raised after a command that created jobs committed, so that this host's workers fetch at once.</summary>
    public event Action? JobsAvailable
    {
        add => Runner.JobsAvailable += value;
        remove => Runner.JobsAvailable -= value;
    }

    /// <summary>Raised after a command that opened, fired or cancelled timers committed (the host's scheduler listens).</summary>
    public event Action<TimerChanges>? TimersChanged
    {
        add => Runner.TimersChanged += value;
        remove => Runner.TimersChanged -= value;
    }

    /// <summary>
    /// Set by this host's job worker service: jobs of its types that a command here creates are written leased to it
    /// and handed to it after the commit, instead of waiting for its next fetch (ADR 27). Null: every job is fetched.
    /// </summary>
    public IJobHandOff? JobHandOff
    {
        get => Runner.JobHandOff;
        set => Runner.JobHandOff = value;
    }

    public TimeProvider Clock => Services.Clock;

    public WorkflowEngineOptions Options => Services.Options;

    public WorkflowDeployments Deployments { get; }

    public WorkflowInstances Instances { get; }

    public WorkflowJobs Jobs { get; }

    public WorkflowUserTasks UserTasks { get; }

    public WorkflowMessages Messages { get; }

    public WorkflowIncidents Incidents { get; }

    public WorkflowMigrations Migrations { get; }

    /// <summary>What the parts and the readers share: one database and runner, one definition cache, one rule for who sees a task.</summary>
    internal CommandRunner Runner { get; }

    internal IWorkflowDatabase Database => Runner.Database;

    internal EngineServices Services { get; }

    internal IUserTaskAuthorization Authorization { get; }

    internal Forms.IFormOptionSource? FormOptionSource { get; }

    // Deployments
    public Task<IReadOnlyList<Deployment>> DeployAsync(string xml, string? deployedBy, CancellationToken ct = default) =>
        Deployments.DeployAsync(xml, deployedBy, ct);

    public Task<IReadOnlyList<Deployment>> DeployAsync(string xml, string? deployedBy, string? changeNote, CancellationToken ct = default) =>
        Deployments.DeployAsync(xml, deployedBy, changeNote, ct);

    public Task<DeploymentResult> DeployResourcesAsync(
        IReadOnlyList<DeploymentResource> resources, string? deployedBy, string? changeNote, CancellationToken ct = default) =>
        Deployments.DeployResourcesAsync(resources, deployedBy, changeNote, ct);

    public Task ValidateDeploymentAsync(IReadOnlyList<DeploymentResource> resources, CancellationToken ct = default) =>
        Deployments.ValidateDeploymentAsync(resources, ct);

    public void ValidateDefinition(string xml) => Deployments.ValidateDefinition(xml);

    // Instances
    public Task<Guid> StartAsync(StartInstance command, CancellationToken ct = default) => Instances.StartAsync(command, ct);

    public Task<Guid> StartAsync(DbContext db, StartInstance command, CancellationToken ct = default) => Instances.StartAsync(db, command, ct);

    public Task<Guid> StartAsync(DbContext db, StartInstance command, Action<StartedInstanceView>? beforeSave, CancellationToken ct = default) =>
        Instances.StartAsync(db, command, beforeSave, ct);

    public Task CancelAsync(Guid instanceId, CancellationToken ct = default) => Instances.CancelAsync(instanceId, ct);

    public Task SetVariablesAsync(Guid instanceId, Guid? scopeId, IReadOnlyDictionary<string, FeelValue> variables, CancellationToken ct = default) =>
        Instances.SetVariablesAsync(instanceId, scopeId, variables, ct);

    // Jobs
    public Task<IReadOnlyList<ActivatedJob>> ActivateJobsAsync(string type, string worker, int max, TimeSpan? lease = null, CancellationToken ct = default) =>
        Jobs.ActivateJobsAsync(type, worker, max, lease, ct);

    public Task CompleteJobAsync(Guid jobId, Guid? leaseToken, IReadOnlyDictionary<string, FeelValue> variables, CancellationToken ct = default) =>
        Jobs.CompleteJobAsync(jobId, leaseToken, variables, ct);

    public Task FailJobAsync(Guid jobId, Guid? leaseToken, int retriesLeft, TimeSpan backoff, string? message, CancellationToken ct = default) =>
        Jobs.FailJobAsync(jobId, leaseToken, retriesLeft, backoff, message, ct);

    public Task ThrowErrorAsync(
        Guid jobId, Guid? leaseToken, string errorCode, string? message, IReadOnlyDictionary<string, FeelValue> variables, CancellationToken ct = default) =>
        Jobs.ThrowErrorAsync(jobId, leaseToken, errorCode, message, variables, ct);

    // User tasks
    public Task ClaimTaskAsync(Guid taskId, TaskActor actor, CancellationToken ct = default) => UserTasks.ClaimTaskAsync(taskId, actor, ct);

    public Task UnclaimTaskAsync(Guid taskId, TaskActor actor, CancellationToken ct = default) => UserTasks.UnclaimTaskAsync(taskId, actor, ct);

    public Task AssignTaskAsync(Guid taskId, string? assignee, TaskActor actor, CancellationToken ct = default) =>
        UserTasks.AssignTaskAsync(taskId, assignee, actor, ct);

    public Task SetTaskDueDateAsync(Guid taskId, DateTimeOffset? dueAt, TaskActor actor, CancellationToken ct = default) =>
        UserTasks.SetTaskDueDateAsync(taskId, dueAt, actor, ct);

    public Task CompleteTaskAsync(Guid taskId, TaskActor actor, IReadOnlyDictionary<string, FeelValue> variables, CancellationToken ct = default) =>
        UserTasks.CompleteTaskAsync(taskId, actor, variables, ct);

    public Task CompleteTaskAsync(
        Guid taskId, TaskActor actor, IReadOnlyDictionary<string, FeelValue> variables, Func<DbContext, CancellationToken, Task>? alongside, CancellationToken ct = default) =>
        UserTasks.CompleteTaskAsync(taskId, actor, variables, alongside, ct);

    // Messages
    public Task<PublishResult> PublishMessageAsync(PublishMessage message, CancellationToken ct = default) => Messages.PublishMessageAsync(message, ct);

    public Task<PublishResult> PublishMessageAsync(PublishMessage message, Action<DbContext, PublishResult>? beforeSave, CancellationToken ct = default) =>
        Messages.PublishMessageAsync(message, beforeSave, ct);

    // Incidents, migration, timers
    public Task RetryIncidentAsync(Guid incidentId, int retries = 1, CancellationToken ct = default) => Incidents.RetryIncidentAsync(incidentId, retries, ct);

    public Task<MigrationResult> MigrateAsync(
        Guid instanceId, int targetVersion, IReadOnlyDictionary<string, string> mapping, bool dryRun, CancellationToken ct = default) =>
        Migrations.MigrateAsync(instanceId, targetVersion, mapping, dryRun, ct);

    public Task<BulkMigrationResult> MigrateVersionAsync(string key, int sourceVersion, int targetVersion, bool dryRun, CancellationToken ct = default) =>
        Migrations.MigrateVersionAsync(key, sourceVersion, targetVersion, dryRun, ct);

    public Task<bool> FireTimerAsync(Guid timerId, CancellationToken ct = default) => _timers.FireTimerAsync(timerId, ct);
}
