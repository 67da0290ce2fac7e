using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LaiChau.Host.ApiDocs;

/// <summary>
/// The problem answers every operation can give besides those its endpoint declares: 400 when it reads a body or
/// parameters (the exception mapper's malformed JSON and binding failures, with <c>errors</c>), 404 when its path
/// names something. Open311 answers its own error format, which its endpoints declare themselves.
/// </summary>
internal sealed class OperationProblems : IOpenApiOperationTransformer
{
    public const string ProblemJson = "application/problem+json";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        if (description.RelativePath?.StartsWith("open311/", StringComparison.OrdinalIgnoreCase) == true)
        {
            return Task.CompletedTask;
        }

        if (description.ParameterDescriptions.Count > 0)
        {
            Add(operation, context.Document, StatusCodes.Status400BadRequest,
                "A malformed body or parameter, or a field refused (`errors` by field). Yêu cầu không hợp lệ.", ApiDocument.ValidationProblemSchema);
        }

        if (description.ParameterDescriptions.Any(p => p.Source == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Path))
        {
            Add(operation, context.Document, StatusCodes.Status404NotFound, "Nothing has this id or code. Không tìm thấy.");
        }

        return Task.CompletedTask;
    }

    /// <summary>Adds a problem-details answer unless the endpoint declares that status itself.</summary>
    public static void Add(OpenApiOperation operation, OpenApiDocument? document, int status, string text, string schema = ApiDocument.ProblemSchema)
    {
        operation.Responses ??= [];
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses.ContainsKey(key))
        {
            return;
        }

        operation.Responses[key] = new OpenApiResponse
        {
            Description = text,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [ProblemJson] = new() { Schema = new OpenApiSchemaReference(schema, document) },
            },
        };
    }
}
