using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LaiChau.Host.ApiDocs;

/// <summary>Two corrections that make generated clients say what the host means.</summary>
internal sealed class ClientSchemas : IOpenApiSchemaTransformer
{
    private const JsonSchemaType Numeric = JsonSchemaType.Integer | JsonSchemaType.Number;

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        // The web JSON defaults also read numbers from strings, so the generator types every number "integer or string";
        // the host writes numbers and clients should send them.
        if (schema.Type is { } type && (type & Numeric) != 0 && (type & JsonSchemaType.String) != 0)
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }

        // A JSON object passed through (element templates) has any properties, not none.
        if (context.JsonTypeInfo.Type == typeof(JsonObject))
        {
            schema.AdditionalProperties = new OpenApiSchema();
        }

        return Task.CompletedTask;
    }
}
