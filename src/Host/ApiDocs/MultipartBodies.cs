using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LaiChau.Host.ApiDocs;

/// <summary>The multipart bodies that endpoints read from the form themselves, described for the document.</summary>
public static class MultipartBodies
{
    public const string Multipart = "multipart/form-data";

    /// <summary><c>POST /api/v1/deployments</c>: one part per <c>.bpmn</c> or <c>.form</c> file, and the change note.</summary>
    public static Task Deployment(OpenApiOperation operation, OpenApiOperationTransformerContext _, CancellationToken __)
    {
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "Each .bpmn and .form file as a part (1 to 50); the form field changeNote (at most 500 characters).",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [Multipart] = new() { Schema = Form(("resources", Files()), ("changeNote", Text(500))) },
            },
        };
        return Task.CompletedTask;
    }

    /// <summary><c>POST /api/v1/tasks/{id}/complete</c>: JSON <c>{ variables }</c>, or the same JSON as a part with files named by file field.</summary>
    public static Task TaskCompletion(OpenApiOperation operation, OpenApiOperationTransformerContext _, CancellationToken __)
    {
        if (operation.RequestBody is OpenApiRequestBody body)
        {
            body.Content ??= new Dictionary<string, OpenApiMediaType>();
            var form = Form(("variables", Text(null)));
            form.AdditionalProperties = Files();
            form.Description = "The part variables holds the JSON object of the variables; every other part is a file of the form's file field of that name.";
            body.Content[Multipart] = new OpenApiMediaType { Schema = form };
        }

        return Task.CompletedTask;
    }

    private static OpenApiSchema Form(params (string Name, IOpenApiSchema Schema)[] parts) => new()
    {
        Type = JsonSchemaType.Object,
        Properties = parts.ToDictionary(p => p.Name, p => p.Schema),
    };

    private static OpenApiSchema Files() => new()
    {
        Type = JsonSchemaType.Array,
        Items = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
    };

    private static OpenApiSchema Text(int? maxLength) => new() { Type = JsonSchemaType.String, MaxLength = maxLength };
}
