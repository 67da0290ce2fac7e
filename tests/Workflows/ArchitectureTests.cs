using LaiChau.Testing;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Tests.HouseRules.Planted;

namespace LaiChau.Workflows.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void Engine_KnowsNothingOfTheHostReportingOrTheWeb() =>
        AssemblyReferences.AssertNoneStartWith("LaiChau.Workflows", "LaiChau.Host", "LaiChau.Reporting", "Microsoft.AspNetCore");

    /// <summary>
    /// The languages and the calendar are the engine's foundations, not its clients: the BPMN reader, FEEL, the model
    /// and the working-day calendar never reach the engine, the runtime or the database (docs/engine.md, "Layers").
    /// </summary>
    [Fact]
    public void Foundations_ReachNeitherTheEngineNorTheRuntimeNorEfCore()
    {
        var violations = NamespaceReferences.Violations(
            typeof(WorkflowEngine).Assembly,
            ["LaiChau.Workflows.Bpmn", "LaiChau.Workflows.Feel", "LaiChau.Workflows.Model", "LaiChau.Workflows.Calendar"],
            ["LaiChau.Workflows.Engine", "LaiChau.Workflows.Runtime", "Microsoft.EntityFrameworkCore"]);

        Assert.True(violations.Count == 0, "Forbidden references:\n" + string.Join("\n", violations));
    }

    /// <summary>The rule above can fail: it sees a reference made only inside a method body, in a lambda or an async method.</summary>
    [Fact]
    public void NamespaceReferences_SeeReferencesInsideMethodBodies()
    {
        var violations = NamespaceReferences.Violations(
            typeof(ArchitectureTests).Assembly, [typeof(EngineReferences).Namespace!], ["LaiChau.Workflows.Engine"]);

        Assert.Contains(violations, v => v.StartsWith(typeof(EngineReferences).FullName!, StringComparison.Ordinal) && v.EndsWith(nameof(WorkflowEngineOptions), StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("<" + nameof(EngineReferences.LaterAsync) + ">", StringComparison.Ordinal) && v.EndsWith(nameof(TimerChanges), StringComparison.Ordinal));
        Assert.Contains(violations, v => v.EndsWith(nameof(ScheduledTimer), StringComparison.Ordinal));
    }
}
