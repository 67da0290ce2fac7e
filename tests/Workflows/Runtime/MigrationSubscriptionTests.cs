using LaiChau.Workflows.Runtime;
using static LaiChau.Workflows.Tests.Runtime.RuntimeKit;

namespace LaiChau.Workflows.Tests.Runtime;

/// <summary>Open timers and message waits move with a migration: same ids and due instants, mapped catching element.</summary>
public sealed class MigrationSubscriptionTests
{
    private static string Body(string boundaryId, string taskName) => $"""
        <bpmn:startEvent id="start" />
        <bpmn:userTask id="verify" name="{taskName}" />
        <bpmn:boundaryEvent id="{boundaryId}" attachedToRef="verify"><bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
        <bpmn:endEvent id="end" />
        <bpmn:endEvent id="lateEnd" />
        {Flow("f1", "start", "verify")}
        {Flow("f2", "verify", "end")}
        {Flow("f3", boundaryId, "lateEnd")}
        """;

    [Fact]
    public void BoundaryTimer_Mapped_KeepsItsIdAndDue_AndFiresOnTheNewModel()
    {
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(Body("late", "v1")), NoVars);
        var timer = Assert.Single(state.Subscriptions);
        var mapping = new Dictionary<string, string> { ["verify"] = "verify", ["late"] = "tooLate" };

        var (migrated, _) = kit.Semantics.Migrate(state, Process(Body("tooLate", "v2")), mapping);
        var fired = kit.Semantics.FireTimer(Reload(migrated), timer.Id);

        var moved = Assert.Single(migrated.Subscriptions);
        Assert.Equal((timer.Id, timer.DueAt, "tooLate"), (moved.Id, moved.DueAt, moved.ElementId));
        Assert.Contains(fired, e => e is ElementCompleted { ElementId: "tooLate" });
    }

    [Fact]
    public void BoundaryTimer_NotMapped_IsAPlanError()
    {
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(Body("late", "v1")), NoVars);

        var plan = kit.Semantics.PlanMigration(state, Process(Body("tooLate", "v2")), new Dictionary<string, string> { ["verify"] = "verify" });

        var error = Assert.Single(plan.Errors);
        Assert.Equal("late", error.ElementId);
        Assert.Contains("not mapped", error.Message, StringComparison.Ordinal);
    }
}
