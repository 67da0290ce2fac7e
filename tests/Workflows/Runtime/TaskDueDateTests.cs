using LaiChau.Testing;
using LaiChau.Workflows.Runtime;
using static LaiChau.Workflows.Tests.Runtime.RuntimeKit;

namespace LaiChau.Workflows.Tests.Runtime;

/// <summary>Issue 5: a user task's due date as a duration, in working days when the task says so.</summary>
public sealed class TaskDueDateTests
{
    private static string Task(string dueDate, bool workingDays) => $"""
        <bpmn:startEvent id="start" />
        <bpmn:userTask id="verify">
          <bpmn:extensionElements>
            <zeebe:taskSchedule dueDate="{dueDate}" />
            {(workingDays ? """<zeebe:properties><zeebe:property name="calendar" value="working-days" /></zeebe:properties>""" : "")}
          </bpmn:extensionElements>
        </bpmn:userTask>
        {Flow("f1", "start", "verify")}
        """;

    [Fact]
    public void WorkingDays_TwoDaysFromFridayAfternoon_AreDueAtTuesdaysClose()
    {
        var kit = new RuntimeKit();
        kit.Clock.SetVietnamTime(2026, 3, 6, 16);

        var (_, events) = kit.Semantics.Start(Process(Task("P2D", workingDays: true)), NoVars);

        Assert.Equal(new DateTimeOffset(2026, 3, 10, 17, 0, 0, TestClock.VietnamOffset), events.OfType<UserTaskCreated>().Single().DueAt);
    }

    [Fact]
    public void CalendarDays_WithoutTheProperty_AreTwoDaysOnTheClock()
    {
        var kit = new RuntimeKit();
        kit.Clock.SetVietnamTime(2026, 3, 6, 16);

        var (_, events) = kit.Semantics.Start(Process(Task("=duration(&quot;P2D&quot;)", workingDays: false)), NoVars);

        Assert.Equal(new DateTimeOffset(2026, 3, 8, 16, 0, 0, TestClock.VietnamOffset), events.OfType<UserTaskCreated>().Single().DueAt);
    }

    [Fact]
    public void TextThatIsNoDate_IsAnIncident_NotACrash()
    {
        var (state, events) = new RuntimeKit().Semantics.Start(Process(Task("tomorrow", workingDays: false)), NoVars);

        Assert.Contains(events, e => e is IncidentRaised);
        Assert.Equal(["verify"], state.ActiveElementInstances.Select(e => e.ElementId));
        Assert.Empty(events.OfType<UserTaskCreated>());
    }
}
