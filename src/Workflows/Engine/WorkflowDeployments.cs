using LaiChau.Workflows.Bpmn;
using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Forms;
using LaiChau.Workflows.Model;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Engine;

/// <summary>A file of a deployment: a BPMN definition (<c>.bpmn</c>) or a Camunda Form (<c>.form</c>).</summary>
public sealed record DeploymentResource(string Name, string Content)
{
    public bool IsForm => Name.EndsWith(".form", StringComparison.OrdinalIgnoreCase);

    public bool IsBpmn => Name.EndsWith(".bpmn", StringComparison.OrdinalIgnoreCase) || Name.EndsWith(".bpmn20.xml", StringComparison.OrdinalIgnoreCase);
}

/// <summary>What a deployment made: a version per executable process and per form (new, or the same content as before).</summary>
public sealed record DeploymentResult(IReadOnlyList<Deployment> Processes, IReadOnlyList<FormDeployment> Forms);

/// <summary>Deployments of several resources (issue 16 point 1): BPMN files and the forms their user tasks link, in one transaction.</summary>
public sealed class WorkflowDeployments : WorkflowEnginePart
{
    internal WorkflowDeployments(CommandRunner runner)
        : base(runner)
    {
    }

    public Task<IReadOnlyList<Deployment>> DeployAsync(string xml, string? deployedBy, CancellationToken ct = default) =>
        DeployAsync(xml, deployedBy, changeNote: null, ct);

    /// <summary>
    /// One BPMN file (its user tasks' forms must be deployed already). The note is kept with a new version only: the
    /// same XML again returns the existing version unchanged.
    /// </summary>
    public async Task<IReadOnlyList<Deployment>> DeployAsync(string xml, string? deployedBy, string? changeNote, CancellationToken ct = default) =>
        (await DeployResourcesAsync([new DeploymentResource("definition.bpmn", xml)], deployedBy, changeNote, ct)).Processes;

    /// <summary>
    /// Checks every resource (all errors, each naming its file), then deploys the forms and the processes together:
    /// a user task's <c>formId</c> must name a form of this deployment or one deployed before.
    /// </summary>
    public async Task<DeploymentResult> DeployResourcesAsync(
        IReadOnlyList<DeploymentResource> resources, string? deployedBy, string? changeNote, CancellationToken ct = default)
    {
        var note = DeploymentCheck.ChangeNote(changeNote);
        var (forms, definitions) = await new DeploymentCheck(Database, Services).CheckAsync(resources, ct);
        var result = await Runner.RunAsync(async unit =>
        {
            var deployedForms = new List<FormDeployment>();
            foreach (var (form, json) in forms)
            {
                deployedForms.Add(await Services.Forms.DeployAsync(unit.Db, form, json, deployedBy, note, ct));
            }

            var processes = new List<Deployment>();
            foreach (var xml in definitions)
            {
                processes.AddRange(await Services.Definitions.DeployAsync(unit.Db, xml, deployedBy, note, ct));
            }

            return new DeploymentResult(processes, deployedForms);
        }, ct);
        Services.Definitions.ForgetLatest(); // committed now: a start that read the old latest meanwhile must not keep it
        Services.Forms.ForgetLatest();
        return result;
    }

    /// <summary>The deploy's checks alone (the designer's "check before publish"); throws what a deploy would.</summary>
    public async Task ValidateDeploymentAsync(IReadOnlyList<DeploymentResource> resources, CancellationToken ct = default) =>
        await new DeploymentCheck(Database, Services).CheckAsync(resources, ct);

    /// <summary>
    /// Checks a BPMN file exactly as a deploy would, without touching the database: throws
    /// <see cref="WorkflowInvalidException"/> with every error (element id, line, message) when it is not valid.
    /// </summary>
    public void ValidateDefinition(string xml) => Services.Definitions.EnsureValid(xml);
}
