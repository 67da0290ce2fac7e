using System.Text.Json;
using Json.Schema;
using LaiChau.Testing;

namespace LaiChau.Host.Tests.Open311;

/// <summary>The official GeoReport v2 JSON schemas (shared/conformance/open311-georeport-v2), read in place.</summary>
internal static class Open311Schemas
{
    private static readonly Lazy<Dictionary<string, JsonSchema>> Schemas = new(Load);

    /// <summary>Empty when <paramref name="json"/> satisfies <paramref name="schema"/> (e.g. "services.json"), else the failures.</summary>
    public static IReadOnlyList<string> Check(string schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schemas.Value[schema].Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : [.. (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))];
    }

    private static Dictionary<string, JsonSchema> Load()
    {
        var folder = Path.Combine(RepositoryPaths.Shared, "conformance", "open311-georeport-v2");
        var options = new BuildOptions();
        var schemas = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        // Referenced schemas first: services.json refers to service.json, requests.json to request.json.
        foreach (var file in new[] { "service.json", "services.json", "service-definition.json", "request.json", "requests.json" })
        {
            var path = Path.Combine(folder, file);
            schemas[file] = JsonSchema.FromFile(path, options, new Uri(path));
        }

        return schemas;
    }
}
