using System.Reflection;

namespace LaiChau.Workflows.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void Engine_ReferencesNeitherHostNorReporting()
    {
        var references = typeof(LaiChau.Workflows.Persistence.IVersioned).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name ?? "")
            .ToList();

        Assert.DoesNotContain(references, name => name.StartsWith("LaiChau.Host", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("LaiChau.Reporting", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }
}
