using LaiChau.Host.Open311;

namespace LaiChau.Host.ApiDocs;

/// <summary>Response metadata that several endpoints share, so each says it in one word.</summary>
public static class EndpointDocs
{
    public const string ProblemJson = OperationProblems.ProblemJson;

    /// <summary>The engine's refusals (WorkflowProblems): 409 in the wrong state, 422 invalid (the given shape, else plain problem details).</summary>
    public static TBuilder ProducesEngineProblems<TBuilder>(this TBuilder builder, Type? invalid = null)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(
            new ProducesResponseTypeMetadata(StatusCodes.Status409Conflict, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), [ProblemJson]),
            new ProducesResponseTypeMetadata(StatusCodes.Status422UnprocessableEntity, invalid ?? typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), [ProblemJson]));

    /// <summary>A file as stored: a photo or video (its sniffed type, range requests), a PDF.</summary>
    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder builder, params string[] contentTypes) =>
        builder.Produces(StatusCodes.Status200OK, typeof(Stream), contentTypes[0], contentTypes[1..]);

    /// <summary>A photo or video as stored (its sniffed type), whole or a range of it.</summary>
    public static RouteHandlerBuilder ProducesMedia(this RouteHandlerBuilder builder) =>
        builder.ProducesFile("image/jpeg", "image/png", "image/webp", "image/heic", "video/mp4", "video/quicktime")
            .Produces(StatusCodes.Status206PartialContent, typeof(Stream), "application/octet-stream");

    /// <summary>An Open311 answer in the path's format (<c>.json</c> or <c>.xml</c>) and the specification's error list.</summary>
    public static RouteHandlerBuilder ProducesOpen311<T>(this RouteHandlerBuilder builder, string summary, params int[] errors)
    {
        builder.WithSummary(summary).Produces<T>(StatusCodes.Status200OK, "application/json", "text/xml");
        foreach (var status in errors.Append(StatusCodes.Status400BadRequest).Append(StatusCodes.Status404NotFound).Distinct())
        {
            builder.Produces<List<Open311Error>>(status, "application/json", "text/xml");
        }

        return builder;
    }
}
