using LaiChau.Workflows.Engine;

namespace LaiChau.Workflows.Tests.HouseRules.Planted;

/// <summary>References to the engine hidden where signatures do not show them, for <see cref="ArchitectureTests"/>.</summary>
internal static class EngineReferences
{
    public static int InBody() => new WorkflowEngineOptions().MaxPageSize;

    public static async Task<int> LaterAsync()
    {
        await Task.Yield();
        return new TimerChanges([], []).Removed.Count;
    }

    public static Func<int> InLambda() => () => new ScheduledTimer(Guid.Empty, default).TimerId.GetHashCode();
}
