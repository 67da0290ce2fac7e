using System.Reflection;
using System.Xml;
using LaiChau.Workflows.Engine;

namespace LaiChau.Host.Reports.Process;

/// <summary>
/// Deploys the process definitions shipped in <c>workflows/*.bpmn</c> (embedded in the host): on first start a process
/// gets the shipped file as version 1; after an upgrade that changed the file, a process whose newest version is
/// still a shipped one gets the new file as its next version (running instances stay on theirs; the designer's
/// migration moves them). A version published by a person is never overwritten: the new shipped file is then left for
/// an administrator to merge in the designer. Two hosts starting together deploy the same XML, which the engine treats
/// as one version.
/// </summary>
public sealed partial class ShippedDefinitions(WorkflowEngine engine, ILogger<ShippedDefinitions> logger) : IHostedService
{
    public const string ResourcePrefix = "workflows/";

    /// <summary>The <c>deployedBy</c> of the versions this service deploys.</summary>
    public const string DeployedBy = "shipped";

    public Task StartAsync(CancellationToken cancellationToken) => DeployAsync(Read(), cancellationToken);

    /// <summary>Deploys <paramref name="files"/> (name, XML) by the rules above.</summary>
    public async Task DeployAsync(IEnumerable<(string Name, string Xml)> files, CancellationToken cancellationToken)
    {
        var newest = (await engine.FindDefinitionsAsync(cancellationToken)).GroupBy(d => d.Key)
            .ToDictionary(g => g.Key, g => g.MaxBy(d => d.Version)!, StringComparer.Ordinal);
        foreach (var (name, xml) in files)
        {
            var processIds = ProcessIds(xml);
            if (processIds.Count == 0)
            {
                continue;
            }

            if (processIds.Select(id => newest.GetValueOrDefault(id)).FirstOrDefault(d => d is not null && d.DeployedBy != DeployedBy) is { } edited)
            {
                LogKeptEdited(logger, name, edited.Key, edited.Version, edited.DeployedBy);
                continue;
            }

            var deployments = await engine.DeployAsync(xml, DeployedBy, cancellationToken);
            foreach (var d in deployments.Where(d => d.IsNew))
            {
                LogDeployed(logger, name, d.Key, d.Version);
            }
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

    /// <summary>The ids of the executable processes in a shipped file (our own files: read without the engine's checks).</summary>
    private static List<string> ProcessIds(string xml)
    {
        var ids = new List<string>();
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Deployed the shipped definition {File}: {Key} version {Version}")]
    private static partial void LogDeployed(ILogger logger, string file, string key, int version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Kept {Key} version {Version} published by {DeployedBy}; the shipped {File} is not deployed over it")]
    private static partial void LogKeptEdited(ILogger logger, string file, string key, int version, string? deployedBy);
}
