using LaiChau.Testing;

namespace LaiChau.Reporting.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void Reporting_KnowsNothingOfTheEngineTheHostOrTheDatabase() =>
        AssemblyReferences.AssertNoneStartWith("LaiChau.Reporting", "LaiChau.", "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore");
}
