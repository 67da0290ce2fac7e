using System.Reflection;
using System.Xml;
using LaiChau.Workflows.Engine;

namespace LaiChau.Host.Reports.Process;

/// <summary>
/// Deploys the process definitions shipped in <c>workflows/*.bpmn</c> (embedded in the host) on first start: a
/// process whose id has no version in the database yet gets the shipped file as version 1. Afterwards the database
/// holds the editable versions and a restart never overwrites them. Two hosts starting together deploy the same
/// XML, which the engine treats as one version.
/// </summary>
public sealed partial class ShippedDefinitions(WorkflowEngine engine, ILogger<ShippedDefinitions> logger) : IHostedService
{
    public const string ResourcePrefix = "workflows/";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var existing = (await engine.FindDefinitionsAsync(cancellationToken)).Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, xml) in Read())
        {
            var processIds = ProcessIds(xml);
            if (processIds.Count == 0 || processIds.All(existing.Contains))
            {
                continue;
            }

            var deployments = await engine.DeployAsync(xml, "shipped", cancellationToken);
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
}
