using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using LaiChau.Host.ApiDocs;
using LaiChau.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.Host.Tests.ApiDocs;

/// <summary>Issue 19 point 1: every API route is described, the description is valid OpenAPI 3.1, and the designer's types follow it.</summary>
public sealed partial class OpenApiDocumentTests : IDisposable
{
    private const string UpdateVariable = "LAICHAU_UPDATE_OPENAPI";
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];
    private readonly HostFactory _host = new();

    [Fact]
    public async Task Document_ListsEveryApiEndpoint_WithSuccessAndProblemAnswers()
    {
        var document = await DocumentAsync();
        var paths = document["paths"]!.AsObject();
        var mapped = MappedApiOperations();
        var described = paths.SelectMany(p => p.Value!.AsObject().Where(o => Methods.Contains(o.Key)).Select(o => $"{o.Key.ToUpperInvariant()} {p.Key}")).ToHashSet();

        Assert.Empty(mapped.Except(described).Order());
        Assert.Empty(described.Except(mapped).Order());
        Assert.True(mapped.Count > 80, $"only {mapped.Count} API operations mapped");
        foreach (var (path, item) in paths)
        {
            foreach (var (method, node) in item!.AsObject().Where(o => Methods.Contains(o.Key)))
            {
                var operation = node!.AsObject();
                var name = $"{method.ToUpperInvariant()} {path}";
                var responses = operation["responses"]!.AsObject();
                var codes = responses.Select(r => r.Key).ToList();
                Assert.True(codes.Any(c => c.StartsWith('2')), $"{name} has no success answer");
                Assert.True(codes.Any(c => c.StartsWith('4')), $"{name} has no error answer");
                Assert.False(string.IsNullOrWhiteSpace((string?)operation["summary"]), $"{name} has no summary");
                Assert.True(operation["tags"] is JsonArray { Count: > 0 }, $"{name} has no tag");
                if (path.Contains('{', StringComparison.Ordinal))
                {
                    Assert.True(codes.Contains("404"), $"{name} names something but has no 404");
                }

                if (operation["security"] is JsonArray { Count: > 0 })
                {
                    Assert.True(codes.Contains("401"), $"{name} needs a key but has no 401");
                }

                foreach (var (code, response) in responses.Where(r => r.Key is "200" or "201"))
                {
                    Assert.True(response!["content"] is JsonObject { Count: > 0 }, $"{name} {code} has no content type");
                }
            }
        }
    }

    [Fact]
    public async Task Document_IsValidOpenApi31()
    {
        var document = await DocumentAsync();
        // JsonSchema.Net 8.0.5 cannot look up a patternProperties key holding "/" (paths' "^/"): the same regex, spelled without it.
        var text = (await File.ReadAllTextAsync(OpenApiTools.OpenApi31Schema)).Replace("\"^/\"", "\"^\\\\x2F\"", StringComparison.Ordinal);
        Assert.Contains("x2F", text, StringComparison.Ordinal);
        var schema = JsonSchema.FromText(text);

        var result = schema.Evaluate(JsonSerializer.SerializeToElement(document), new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.StartsWith("3.1.", (string?)document["openapi"], StringComparison.Ordinal);
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(20)));
    }

    [Fact]
    public async Task Document_DescribesSecurityMultipartAndProblems()
    {
        var document = await DocumentAsync();

        var schemes = document["components"]!["securitySchemes"]!.AsObject();
        Assert.Equal("X-Api-Key", (string?)schemes["ApiKey"]!["name"]);
        Assert.Equal("cookie", (string?)schemes["StaffCookie"]!["in"]);
        var deployments = document["paths"]!["/api/v1/deployments"]!["post"]!;
        Assert.NotNull(deployments["requestBody"]!["content"]!["multipart/form-data"]);
        Assert.Equal(3, deployments["security"]!.AsArray().Count);
        Assert.NotNull(deployments["responses"]!["422"]!["content"]!["application/problem+json"]);
        var complete = document["paths"]!["/api/v1/tasks/{id}/complete"]!["post"]!["requestBody"]!["content"]!.AsObject();
        Assert.Contains("application/json", complete.Select(c => c.Key));
        Assert.Contains("multipart/form-data", complete.Select(c => c.Key));
        var open311 = document["paths"]!["/open311/v2/requests.{format}"]!["post"]!["requestBody"]!["content"]!.AsObject();
        Assert.Contains("multipart/form-data", open311.Select(c => c.Key));
        Assert.Contains("application/x-www-form-urlencoded", open311.Select(c => c.Key));
        Assert.Empty(document["paths"]!["/open311/v2/services.{format}"]!["get"]!["security"]!.AsArray());
    }

    [Fact]
    public async Task Document_IsTheCommittedSnapshot()
    {
        using var client = _host.CreateClient(apiKey: null);
        var served = await client.GetStringAsync(new Uri(ApiDocsSetup.DocumentPath, UriKind.Relative));
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(OpenApiTools.Snapshot, served.ReplaceLineEndings("\n").TrimEnd() + "\n");
        }

        var committed = File.Exists(OpenApiTools.Snapshot) ? JsonNode.Parse(await File.ReadAllTextAsync(OpenApiTools.Snapshot)) : null;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(served), committed),
            $"src/Designer/openapi.json is not what the host serves: run `{UpdateVariable}=1 ./test.sh --filter \"FullyQualifiedName~OpenApiDocumentTests\"`, "
            + "then `npm run api:types` in src/Designer, and commit both.");
    }

    [Fact]
    public void DesignerTypes_AreGeneratedFromTheSnapshot()
    {
        var (code, output) = OpenApiTools.Run("check");

        Assert.True(code == 0, output);
    }

    [Fact]
    public async Task ReferencePage_IsServedWithoutAKey()
    {
        using var client = _host.CreateClient(apiKey: null);

        using var redirect = await client.GetAsync(new Uri(ApiDocsSetup.ReferencePath, UriKind.Relative));
        var asked = new Uri(client.BaseAddress!, ApiDocsSetup.ReferencePath);
        using var page = await client.GetAsync(redirect.Headers.Location is { } to ? new Uri(asked, to) : asked);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("openapi/v1.json", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.jsdelivr", html, StringComparison.OrdinalIgnoreCase); // the script is served by the host itself
    }

    public void Dispose() => _host.Dispose();

    private async Task<JsonObject> DocumentAsync()
    {
        using var client = _host.CreateClient(apiKey: null);
        return JsonNode.Parse(await client.GetStringAsync(new Uri(ApiDocsSetup.DocumentPath, UriKind.Relative)))!.AsObject();
    }

    /// <summary>"GET /api/v1/tasks/{id}" for every method of every routed endpoint the document covers (constraints dropped).</summary>
    private HashSet<string> MappedApiOperations() =>
    [
        .. _host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => ApiDocsSetup.IsDocumented(e.RoutePattern.RawText?.TrimStart('/')) && e.RoutePattern.RawText?.StartsWith("/api/v1/testing", StringComparison.Ordinal) != true)
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(m => $"{m} /{RouteParameter().Replace(e.RoutePattern.RawText!.Trim('/'), "{$1}")}")),
    ];

    [GeneratedRegex(@"\{\**([A-Za-z_][A-Za-z0-9_]*)[^}]*\}")]
    private static partial Regex RouteParameter();
}
