using LaiChau.Testing;
using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Runtime;
using static LaiChau.Workflows.Tests.Runtime.RuntimeKit;

namespace LaiChau.Workflows.Tests.Runtime;

public sealed class UserTaskTests
{
    [Fact]
    public void UserTask_FeelAssignment_IsEvaluatedWithTheInstanceVariables()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="check" name="Thẩm định">
              <bpmn:extensionElements>
                <zeebe:userTask />
                <zeebe:assignmentDefinition assignee="=officer" candidateGroups="=[&quot;tiep-nhan:&quot; + agency, &quot;lanh-dao&quot;]" candidateUsers="an, binh" />
                <zeebe:taskSchedule dueDate="=now() + duration(&quot;P2D&quot;)" />
                <zeebe:formDefinition formKey="tham-dinh" />
              </bpmn:extensionElements>
            </bpmn:userTask>
            {Flow("f1", "start", "check")}
            """;

        var (state, events) = new RuntimeKit().Semantics.Start(
            Process(body), Vars(("officer", FeelValue.String("chi")), ("agency", FeelValue.String("so-tnmt"))));

        var task = Assert.Single(events.OfType<UserTaskCreated>());
        Assert.Equal(Waiting(state, "check"), task.ElementInstanceId);
        Assert.Equal(("Thẩm định", "chi", "tham-dinh"), (task.Name, task.Assignee, task.FormKey));
        Assert.Equal(["tiep-nhan:so-tnmt", "lanh-dao"], task.CandidateGroups);
        Assert.Equal(["an", "binh"], task.CandidateUsers);
        Assert.Equal(TestClock.DefaultStart.AddDays(2), task.DueAt);
    }

    [Fact]
    public void UserTask_NoAssignment_HasNoAssigneeAndNoCandidates()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="check" />
            {Flow("f1", "start", "check")}
            """;

        var (_, events) = new RuntimeKit().Semantics.Start(Process(body), NoVars);

        var task = Assert.Single(events.OfType<UserTaskCreated>());
        Assert.Null(task.Assignee);
        Assert.Empty(task.CandidateGroups);
        Assert.Null(task.DueAt);
    }

    [Fact]
    public void UserTask_LiteralDueDateWithOffset_IsThatInstant()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="check">
              <bpmn:extensionElements><zeebe:userTask /><zeebe:taskSchedule dueDate="2026-03-05T17:00:00+07:00" /></bpmn:extensionElements>
            </bpmn:userTask>
            {Flow("f1", "start", "check")}
            """;

        var (_, events) = new RuntimeKit().Semantics.Start(Process(body), NoVars);

        Assert.Equal(new DateTimeOffset(2026, 3, 5, 10, 0, 0, TimeSpan.Zero), Assert.Single(events.OfType<UserTaskCreated>()).DueAt);
    }
}
