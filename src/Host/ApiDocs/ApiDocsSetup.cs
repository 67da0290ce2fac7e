using Scalar.AspNetCore;

namespace LaiChau.Host.ApiDocs;

/// <summary>
/// The HTTP API described (issue 19 point 1): OpenAPI 3.1 at <c>/openapi/v1.json</c> for every route under
/// <c>/api/v1</c>, <c>/open311/v2</c> and the public media links, and its reference page at <c>/api/docs</c>.
/// The designer's client types are generated from the same document (src/Designer/openapi.json).
/// </summary>
public static class ApiDocsSetup
{
    public const string DocumentName = "v1";
    public const string DocumentPath = "/openapi/v1.json";
    public const string ReferencePath = "/api/docs";

    /// <summary>Route prefixes the document covers; pages, static files, health and the designer's sign-in are not API.</summary>
    public static readonly string[] DocumentedPrefixes = ["api/v1/", "open311/v2/", "media/"];

    public static WebApplicationBuilder AddApiDocs(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = d => IsDocumented(d.RelativePath);
            options.CreateSchemaReferenceId = SchemaId;
            options.AddDocumentTransformer<ApiDocument>();
            options.AddOperationTransformer<OperationSecurity>();
            options.AddOperationTransformer<OperationProblems>();
            options.AddSchemaTransformer<ClientSchemas>();
        });
        return builder;
    }

    public static WebApplication MapApiDocs(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous().ExcludeFromDescription();
        app.MapScalarApiReference(ReferencePath, options => options
                .WithTitle("LaiChau.Workflow API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json"))
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// A use case's nested records (<c>FormEndpoints.Details</c>, <c>ListDefinitions.Item</c>) are named after their
    /// use case (<c>FormDetails</c>, <c>ListDefinitionsItem</c>), so two <c>Details</c> never share a schema.
    /// </summary>
    private static string? SchemaId(System.Text.Json.Serialization.Metadata.JsonTypeInfo type)
    {
        var id = Microsoft.AspNetCore.OpenApi.OpenApiOptions.CreateDefaultSchemaReferenceId(type);
        if (id is null || type.Type.DeclaringType is not { } owner)
        {
            return id;
        }

        var prefix = owner.Name.Replace("Endpoints", "", StringComparison.Ordinal);
        return id.StartsWith(prefix, StringComparison.Ordinal) ? id : prefix.EndsWith(id, StringComparison.Ordinal) ? prefix : prefix + id;
    }

    public static bool IsDocumented(string? relativePath) =>
        relativePath is not null && DocumentedPrefixes.Any(p => relativePath.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}
