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
public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Checks every resource (all errors, each naming its file), then deploys the forms and the processes together:
    /// a user task's <c>formId</c> must name a form of this deployment or one deployed before.
    /// </summary>
    public async Task<DeploymentResult> DeployResourcesAsync(
        IReadOnlyList<DeploymentResource> resources, string? deployedBy, string? changeNote, CancellationToken ct = default)
    {
        var note = ChangeNote(changeNote);
        var (forms, definitions) = await CheckDeploymentAsync(resources, ct);
        var result = await RunAsync(async unit =>
        {
            var deployedForms = new List<FormDeployment>();
            foreach (var (form, json) in forms)
            {
                deployedForms.Add(await _services.Forms.DeployAsync(unit.Db, form, json, deployedBy, note, ct));
            }

            var processes = new List<Deployment>();
            foreach (var xml in definitions)
            {
                processes.AddRange(await _services.Definitions.DeployAsync(unit.Db, xml, deployedBy, note, ct));
            }

            return new DeploymentResult(processes, deployedForms);
        }, ct);
        _services.Definitions.ForgetLatest(); // committed now: a start that read the old latest meanwhile must not keep it
        _services.Forms.ForgetLatest();
        return result;
    }

    /// <summary>The deploy's checks alone (the designer's "check before publish"); throws what a deploy would.</summary>
    public async Task ValidateDeploymentAsync(IReadOnlyList<DeploymentResource> resources, CancellationToken ct = default) =>
        await CheckDeploymentAsync(resources, ct);

    private async Task<(List<(FormDefinition Form, string Json)> Forms, List<string> Definitions)> CheckDeploymentAsync(
        IReadOnlyList<DeploymentResource> resources, CancellationToken ct)
    {
        var errors = new List<WorkflowError>();
        var forms = new List<(FormDefinition Form, string Json)>();
        var refusedFormIds = new HashSet<string>(StringComparer.Ordinal); // reported once, as themselves, not again as missing
        var definitions = new List<(BpmnDefinition Definition, string Name)>();
        if (resources.Count == 0)
        {
            errors.Add(Error(BpmnErrors.EmptyDeployment.At(null, SourcePosition.Unknown), null));
        }

        foreach (var resource in resources)
        {
            try
            {
                if (resource.IsForm)
                {
                    forms.Add((_services.Forms.EnsureValid(resource.Content, resource.Name), resource.Content));
                }
                else if (resource.IsBpmn)
                {
                    definitions.Add((_services.Definitions.EnsureValid(resource.Content), resource.Name));
                }
                else
                {
                    errors.Add(Error(BpmnErrors.UnsupportedResource.At(null, SourcePosition.Unknown, resource.Name), resource.Name));
                }
            }
            catch (WorkflowInvalidException invalid)
            {
                errors.AddRange(invalid.Errors.Select(e => e with { Resource = resource.Name }));
                if (resource.IsForm && FormIdOf(resource.Content) is { } id)
                {
                    refusedFormIds.Add(id);
                }
            }
        }

        errors.AddRange(forms.GroupBy(f => f.Form.Id).Where(g => g.Count() > 1)
            .Select(g => Error(BpmnErrors.DuplicateFormInDeployment.At(null, SourcePosition.Unknown, g.Key), null)));
        errors.AddRange(await MissingFormsAsync(definitions, [.. forms.Select(f => f.Form.Id), .. refusedFormIds], ct));
        if (errors.Count > 0)
        {
            throw new WorkflowInvalidException("The deployment is not valid: nothing was deployed.", errors);
        }

        return (forms, [.. definitions.Select(d => d.Definition.Xml)]);
    }

    /// <summary>User tasks whose <c>formId</c> names a form neither in the deployment nor deployed before.</summary>
    private async Task<IEnumerable<WorkflowError>> MissingFormsAsync(
        List<(BpmnDefinition Definition, string Name)> definitions, HashSet<string> deploying, CancellationToken ct)
    {
        var links = definitions.SelectMany(d => d.Definition.Processes.Where(p => p.IsExecutable)
            .SelectMany(p => p.NodesById.Values.OfType<UserTask>()).Where(t => t.FormId is not null).Select(t => (Task: t, d.Name))).ToList();
        var wanted = links.Select(l => l.Task.FormId!).Where(id => !deploying.Contains(id)).Distinct().ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        await using var session = _database.Open();
        var deployed = await session.Context.Set<FormDefinitionRow>().AsNoTracking().Where(f => wanted.Contains(f.FormId))
            .Select(f => f.FormId).Distinct().ToListAsync(ct);
        return links.Where(l => !deploying.Contains(l.Task.FormId!) && !deployed.Contains(l.Task.FormId!))
            .Select(l => Error(BpmnErrors.FormNotDeployed.At(l.Task.Id, l.Task.Position, l.Task.Id, l.Task.FormId), l.Name));
    }

    /// <summary>The id of a form that did not pass the reader, when its JSON still names one.</summary>
    private static string? FormIdOf(string json)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(json);
            return document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
                && document.RootElement.TryGetProperty("id", out var id) && id.ValueKind == System.Text.Json.JsonValueKind.String ? id.GetString() : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static WorkflowError Error(BpmnDiagnostic d, string? resource) =>
        new(d.Code, d.ElementId, d.Line > 0 ? d.Line : null, d.Column > 0 ? d.Column : null, d.MessageEn, d.MessageVi) { Resource = resource };

    private static string? ChangeNote(string? changeNote)
    {
        if (changeNote?.Length > ProcessDefinitionRow.ChangeNoteMaxLength)
        {
            throw new WorkflowInvalidException($"A change note may have at most {ProcessDefinitionRow.ChangeNoteMaxLength} characters.");
        }

        return string.IsNullOrWhiteSpace(changeNote) ? null : changeNote.Trim();
    }
}
