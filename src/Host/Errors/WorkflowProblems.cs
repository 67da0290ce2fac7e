using LaiChau.Workflows.Engine;
using Microsoft.AspNetCore.Mvc;

namespace LaiChau.Host.Errors;

/// <summary>Engine refusals as problem details: the command changed nothing, and the answer says why.</summary>
internal static class WorkflowProblems
{
    public static ProblemDetails Map(WorkflowException exception)
    {
        var (status, title) = exception switch
        {
            WorkflowNotFoundException => (StatusCodes.Status404NotFound, "Not found"),
            WorkflowConflictException => (StatusCodes.Status409Conflict, "Not possible in the current state"),
            WorkflowForbiddenException => (StatusCodes.Status403Forbidden, "Not allowed"),
            _ => (StatusCodes.Status422UnprocessableEntity, "Invalid request"),
        };
        var problem = new ProblemDetails { Status = status, Title = title, Detail = exception.Message };
        if (exception is WorkflowInvalidException { Errors.Count: > 0 } invalid)
        {
            problem.Extensions["errors"] = invalid.Errors.Select(e => new
            {
                code = e.Code,
                elementId = e.ElementId,
                line = e.Line,
                column = e.Column,
                message = e.Message,
                messageVi = e.MessageVi,
            }).ToList();
        }

        return problem;
    }
}
