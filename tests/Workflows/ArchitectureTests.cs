using LaiChau.Testing;

namespace LaiChau.Workflows.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void Engine_KnowsNothingOfTheHostReportingOrTheWeb() =>
        AssemblyReferences.AssertNoneStartWith("LaiChau.Workflows", "LaiChau.Host", "LaiChau.Reporting", "Microsoft.AspNetCore");
}
