using System.Security.Claims;
using System.Text.Json;
using LaiChau.Host.Workflows.Messages;
using LaiChau.Workflows.Engine;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LaiChau.Host.Workflows;

/// <summary>
/// <c>POST /api/v1/messages</c>: a message for waiting instances, from any key. The definitions say who may send it
/// (403 otherwise, ADR 0021) and the host's rules check what it carries (<see cref="MessagePublisher"/>).
/// </summary>
public static class MessageEndpoints
{
    public sealed record Request(string? Name, string? CorrelationKey, JsonElement? Variables, string? MessageId, string? TimeToLive);

    public sealed record Response(bool Duplicate, IReadOnlyList<Guid> Instances, bool Buffered, DateTimeOffset? ExpiresAt);

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("", PublishAsync);

    public static async Task<Results<Ok<Response>, ValidationProblem>> PublishAsync(
        Request request, ClaimsPrincipal user, MessagePublisher publisher, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 200)
        {
            errors["name"] = ["The message name is required (at most 200 characters)."];
        }

        if (request.CorrelationKey is { Length: > 200 })
        {
            errors["correlationKey"] = ["A correlation key has at most 200 characters."];
        }

        if (request.MessageId is { Length: 0 or > 200 })
        {
            errors["messageId"] = ["A message id has 1 to 200 characters."];
        }

        var ttl = IsoDurations.Read(errors, "timeToLive", request.TimeToLive, TimeSpan.Zero, WorkflowMessages.MaxTimeToLive);
        var variables = Variables.Read(request.Variables, "variables", errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var outcome = await publisher.PublishAsync(
            new PublishMessage(request.Name!, request.CorrelationKey ?? "", variables!, request.MessageId, ttl), MessageSender.Of(user), ct);
        if (outcome.Result is not { } result)
        {
            return TypedResults.ValidationProblem(outcome.Errors);
        }

        return TypedResults.Ok(new Response(result.Duplicate, result.Instances, result.Buffered, result.ExpiresAt));
    }
}
