using LaiChau.Testing;

namespace LaiChau.Host.Tests.Workflows;

/// <summary>ADR 0021: the host publishes messages only through MessagePublisher, so no route skips the sender check, the payload rules or the audit.</summary>
public sealed class MessagePublisherRuleTests
{
    [Fact]
    public void Host_PublishesMessages_OnlyThroughTheMessagePublisher()
    {
        var source = Path.Combine(RepositoryPaths.Root, "src", "Host");
        var offenders = Directory.EnumerateFiles(source, "*.cs*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => Path.GetFileName(f) != "MessagePublisher.cs" && File.ReadAllText(f).Contains("PublishMessageAsync", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(source, f));

        Assert.Empty(offenders);
    }
}
