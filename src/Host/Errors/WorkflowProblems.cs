using LaiChau.Workflows.Engine;
using Microsoft.AspNetCore.Mvc;

namespace LaiChau.Host.Errors;

/// <summary>Engine refusals as problem details: the command changed nothing, and the answer says why.</summary>
internal static class WorkflowProblems
{
    /// <summary>Field path → messages, as validation problem details list them (ASP.NET Core's <c>errors</c> shape).</summary>
    private static Dictionary<string, string[]> ByKey(IEnumerable<LaiChau.Workflows.Forms.FormFieldError> errors, Func<LaiChau.Workflows.Forms.FormFieldError, string> message) =>
        errors.GroupBy(e => e.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(message).ToArray(), StringComparer.Ordinal);

    public static ProblemDetails Map(WorkflowException exception)
    {
        var (status, title) = exception switch
        {
            WorkflowNotFoundException => (StatusCodes.Status404NotFound, "Not found"),
            WorkflowConflictException => (StatusCodes.Status409Conflict, "Not possible in the current state"),
            WorkflowForbiddenException => (StatusCodes.Status403Forbidden, "Not allowed"),
            WorkflowSenderException => (StatusCodes.Status403Forbidden, "Not a sender of this message"),
            _ => (StatusCodes.Status422UnprocessableEntity, "Invalid request"),
        };
        var problem = new ProblemDetails { Status = status, Title = title, Detail = exception.Message };
        if (exception is WorkflowInvalidException { Errors.Count: > 0 } invalid)
        {
            problem.Extensions["errors"] = invalid.Errors.Select(DefinitionError.Of).ToList();
        }

        if (exception is WorkflowSenderException sender)
        {
            problem.Extensions["messageName"] = sender.Senders.MessageName;
            problem.Extensions["allowedSenders"] = sender.Senders.Allowed.Order(StringComparer.Ordinal).ToList();
        }

        if (exception is WorkflowFormException form)
        {
            problem.Title = form.UnknownKeys.Count > 0 ? "Not fields of the task's form" : "The task's form refuses these values";
            problem.Extensions["errors"] = ByKey(form.Errors, e => e.MessageEn);
            problem.Extensions["errorsVi"] = ByKey(form.Errors, e => e.MessageVi);
            problem.Extensions["unknownKeys"] = form.UnknownKeys;
        }

        return problem;
    }
}
