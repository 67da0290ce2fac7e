using LaiChau.Host.Workflows;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Time;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LaiChau.Host.Testing;

/// <summary><c>/api/v1/testing</c>: the controlled clock and "wait until idle", for black-box tests only.</summary>
public static class TestingEndpoints
{
    public sealed record ClockRequest(string? Advance, DateTimeOffset? Set);

    public sealed record ClockState(DateTimeOffset Now);

    private static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(30);

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("clock", (ControlledClock clock) => new ClockState(clock.GetUtcNow()));
        group.MapPost("clock", MoveAsync);
        group.MapPost("idle", IdleAsync);
    }

    /// <summary>Moves the clock, then waits until what became due has run (timers fired, jobs done).</summary>
    public static async Task<Results<Ok<ClockState>, ValidationProblem, ProblemHttpResult>> MoveAsync(
        ClockRequest request, ControlledClock clock, WorkflowTimers timers, WorkerActivity activity, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        TimeSpan? advance = null;
        if ((request.Advance is null) == (request.Set is null))
        {
            errors["advance"] = ["Give either advance (an ISO 8601 duration such as P1D or PT2H) or set (an instant), not both."];
        }
        else if (request.Advance is { } text)
        {
            advance = IsoDuration.ParseSpan(text, TimeSpan.FromTicks(1), TimeSpan.MaxValue);
            if (advance is null)
            {
                errors["advance"] = ["Advance is a positive ISO 8601 duration in days and time (P1D, PT90M, P2DT3H)."];
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        try
        {
            var now = advance is { } by ? clock.Advance(by) : clock.MoveTo(request.Set!.Value);
            await timers.FireDueTimersAsync(ct);
            await activity.WaitUntilIdleAsync(IdleTimeout, ct);
            return TypedResults.Ok(new ClockState(now));
        }
        catch (ArgumentOutOfRangeException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The clock only moves forward", detail: e.Message.Split(" (Parameter")[0]);
        }
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> IdleAsync(WorkerActivity activity, CancellationToken ct) =>
        await activity.WaitUntilIdleAsync(IdleTimeout, ct)
            ? TypedResults.NoContent()
            : TypedResults.Problem(
                statusCode: StatusCodes.Status504GatewayTimeout,
                title: "Still busy",
                detail: $"Jobs were still runnable after {IdleTimeout.TotalSeconds:0} s.");
}
