namespace LaiChau.Host.Errors;

/// <summary>One complaint of the engine about a deployment (file, element or form component, position, both languages).</summary>
public sealed record DefinitionError(string Code, string? Resource, string? ElementId, int? Line, int? Column, string Message, string? MessageVi)
{
    public static DefinitionError Of(LaiChau.Workflows.Engine.WorkflowError e) => new(e.Code, e.Resource, e.ElementId, e.Line, e.Column, e.Message, e.MessageVi);
}

/// <summary>The 422 of an invalid definition or deployment, as <see cref="WorkflowProblems"/> writes it (for the API description).</summary>
public sealed record DefinitionProblem(
    string? Type, string? Title, int? Status, string? Detail, string? Instance, string? TraceId, IReadOnlyList<DefinitionError> Errors);

/// <summary>The 422 of a task completion its form refuses: field errors in English and Vietnamese, keys not in the form.</summary>
public sealed record FormProblem(
    string? Type, string? Title, int? Status, string? Detail, string? Instance, string? TraceId,
    IReadOnlyDictionary<string, string[]> Errors, IReadOnlyDictionary<string, string[]>? ErrorsVi, IReadOnlyList<string>? UnknownKeys);
