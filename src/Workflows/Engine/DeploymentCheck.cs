using LaiChau.Workflows.Bpmn;
using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Forms;
using LaiChau.Workflows.Model;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Engine;

/// <summary>
/// A deployment's checks before anything is written (issue 16 point 1): each form and BPMN file valid, no form twice,
/// and every user task's <c>formId</c> naming a form of the deployment or one deployed before.
/// </summary>
internal sealed class DeploymentCheck(IWorkflowDatabase database, EngineServices services)
{
    /// <summary>Every resource checked (all errors, each naming its file); the forms and BPMN texts to deploy, or <see cref="WorkflowInvalidException"/>.</summary>
    public async Task<(List<(FormDefinition Form, string Json)> Forms, List<string> Definitions)> CheckAsync(
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
                    forms.Add((services.Forms.EnsureValid(resource.Content, resource.Name), resource.Content));
                }
                else if (resource.IsBpmn)
                {
                    definitions.Add((services.Definitions.EnsureValid(resource.Content), resource.Name));
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

        await using var session = database.Open();
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

    public static string? ChangeNote(string? changeNote)
    {
        if (changeNote?.Length > ProcessDefinitionRow.ChangeNoteMaxLength)
        {
            throw new WorkflowInvalidException($"A change note may have at most {ProcessDefinitionRow.ChangeNoteMaxLength} characters.");
        }

        return string.IsNullOrWhiteSpace(changeNote) ? null : changeNote.Trim();
    }
}
