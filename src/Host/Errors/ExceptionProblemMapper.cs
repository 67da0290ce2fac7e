using LaiChau.Workflows.Engine;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Errors;

/// <summary>
/// The one place where an exception becomes an HTTP answer (RFC 9457 problem details). Expected outcomes are typed
/// results in the endpoints; what arrives here is bad input the framework caught, a lost race, or a bug.
/// </summary>
public sealed partial class ExceptionProblemMapper(IProblemDetailsService problems, ILogger<ExceptionProblemMapper> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            return true; // the client went away; nobody is listening for an answer
        }

        var problem = Map(exception);
        if (problem.Status >= 500)
        {
            LogUnhandled(logger, exception, httpContext.Request.Method);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails Map(Exception exception) => exception switch
    {
        BadHttpRequestException bad => new ProblemDetails
        {
            Status = bad.StatusCode,
            Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request too large" : "Bad request",
            Detail = bad.InnerException is System.Text.Json.JsonException json ? $"{bad.Message} {json.Message}" : bad.Message,
        },
        WorkflowException workflow => WorkflowProblems.Map(workflow),
        DbUpdateConcurrencyException => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "Changed by someone else",
            Detail = "The resource was changed by another request while this one ran; read it again and retry.",
        },
        _ => new ProblemDetails
        {
            Status = StatusCodes.Status500InternalServerError,
            Title = "Unexpected error",
            Detail = "The server could not complete the request. The error is logged with the trace id below.",
        },
    };

    [LoggerMessage(EventId = 1201, Level = LogLevel.Error, Message = "Unhandled exception in {Method} request")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method);
}
