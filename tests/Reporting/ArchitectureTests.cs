using System.Reflection;

namespace LaiChau.Reporting.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void Reporting_KnowsNothingOfTheEngineTheHostOrTheDatabase()
    {
        var references = Assembly.Load("LaiChau.Reporting").GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        Assert.DoesNotContain(references, n => n.StartsWith("LaiChau.", StringComparison.Ordinal));
        Assert.DoesNotContain(references, n => n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }
}
