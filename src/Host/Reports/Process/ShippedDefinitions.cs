using System.Reflection;
using System.Xml;
using LaiChau.Workflows.Engine;

namespace LaiChau.Host.Reports.Process;

/// <summary>
/// Deploys the process definitions and forms shipped in <c>workflows/*.bpmn</c> and <c>workflows/*.form</c> (embedded
/// in the host), in one deployment: on first start a process or form gets the shipped file as version 1; after an
/// upgrade that changed the file, one whose newest version is still a shipped one gets the new file as its next
/// version (running instances stay on theirs; the designer's migration moves them; open tasks keep their form). A
/// version published by a person is never overwritten: the new shipped file is then left for an administrator to
/// merge in the designer. Two hosts starting together deploy the same content, which the engine treats as one version.
/// </summary>
public sealed partial class ShippedDefinitions(WorkflowDeployments deployments, WorkflowQueries queries, ILogger<ShippedDefinitions> logger) : IHostedService
{
    public const string ResourcePrefix = "workflows/";

    /// <summary>The <c>deployedBy</c> of the versions this service deploys.</summary>
    public const string DeployedBy = "shipped";

    public Task StartAsync(CancellationToken cancellationToken) => DeployAsync(Read(), cancellationToken);

    /// <summary>Deploys <paramref name="files"/> (name, content: <c>.bpmn</c> XML or <c>.form</c> JSON) by the rules above.</summary>
    public async Task DeployAsync(IEnumerable<(string Name, string Xml)> files, CancellationToken cancellationToken)
    {
        var newest = (await queries.FindDefinitionsAsync(cancellationToken)).GroupBy(d => d.Key)
            .ToDictionary(g => g.Key, g => (g.Max(d => d.Version), g.MaxBy(d => d.Version)!.DeployedBy), StringComparer.Ordinal);
        var newestForms = (await queries.FindFormsAsync(cancellationToken)).GroupBy(f => f.FormId)
            .ToDictionary(g => g.Key, g => (g.Max(f => f.Version), g.MaxBy(f => f.Version)!.DeployedBy), StringComparer.Ordinal);
        var resources = new List<DeploymentResource>();
        foreach (var (name, content) in files)
        {
            var resource = new DeploymentResource(name, content);
            var ids = resource.IsForm ? [FormId(content)] : ProcessIds(content);
            var versions = resource.IsForm ? newestForms : newest;
            if (ids.Count == 0 || ids[0] is null)
            {
                continue;
            }

            if (ids.FirstOrDefault(id => versions.TryGetValue(id!, out var v) && v.DeployedBy != DeployedBy) is { } edited)
            {
                LogKeptEdited(logger, name, edited, versions[edited].Item1, versions[edited].DeployedBy);
                continue;
            }

            resources.Add(resource);
        }

        if (resources.Count == 0)
        {
            return;
        }

        var deployed = await deployments.DeployResourcesAsync(resources, DeployedBy, changeNote: null, cancellationToken);
        foreach (var d in deployed.Processes.Where(d => d.IsNew))
        {
            LogDeployed(logger, d.Key, d.Version);
        }

        foreach (var f in deployed.Forms.Where(f => f.IsNew))
        {
            LogDeployed(logger, f.FormId, f.Version);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Every shipped file, by its name under <c>workflows/</c>.</summary>
    public static IEnumerable<(string Name, string Xml)> Read()
    {
        var assembly = typeof(ShippedDefinitions).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order())
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            yield return (resource[ResourcePrefix.Length..], reader.ReadToEnd());
        }
    }

    /// <summary>The id of a shipped form (our own files: the engine checks them when they are deployed).</summary>
    private static string? FormId(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty("id", out var id) ? id.GetString() : null;
    }

    /// <summary>The ids of the executable processes in a shipped file (our own files: read without the engine's checks).</summary>
    private static List<string?> ProcessIds(string xml)
    {
        var ids = new List<string?>();
        using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        while (reader.Read())
        {
            if (reader is { NodeType: XmlNodeType.Element, LocalName: "process" } && reader.GetAttribute("isExecutable") == "true"
                && reader.GetAttribute("id") is { } id)
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deployed the shipped {Key} as version {Version}")]
    private static partial void LogDeployed(ILogger logger, string key, int version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Kept {Key} version {Version} published by {DeployedBy}; the shipped {File} is not deployed over it")]
    private static partial void LogKeptEdited(ILogger logger, string file, string key, int version, string? deployedBy);
}
