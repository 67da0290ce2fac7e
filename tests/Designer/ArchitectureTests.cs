using System.Reflection;

namespace LaiChau.Designer.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void Designer_IsFrontEndAssetsOnly_WithNoEngineOrHostCode()
    {
        var references = Assembly.Load("LaiChau.Designer").GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        Assert.DoesNotContain(references, n => n.StartsWith("LaiChau.", StringComparison.Ordinal));
    }
}
