using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Runtime;
using static LaiChau.Workflows.Tests.Runtime.RuntimeKit;

namespace LaiChau.Workflows.Tests.Runtime;

public sealed class MigrationTests
{
    private static readonly string V1 = $"""
        <bpmn:startEvent id="start" />
        {ServiceTask("review", "review")}
        <bpmn:endEvent id="end" />
        {Flow("f1", "start", "review")}
        {Flow("f2", "review", "end")}
        """;

    private static readonly string V2 = $"""
        <bpmn:startEvent id="start" />
        {ServiceTask("review2", "review")}
        {ServiceTask("publish", "publish")}
        <bpmn:userTask id="approve" />
        <bpmn:endEvent id="end" />
        {Flow("f1", "start", "review2")}
        {Flow("f2", "review2", "publish")}
        {Flow("f3", "publish", "approve")}
        {Flow("f4", "approve", "end")}
        """;

    private static readonly Dictionary<string, string> ReviewToReview2 = new() { ["review"] = "review2" };

    [Fact]
    public void Migrate_WaitingTask_KeepsItsIdAndVariables_EmitsOnlyMigrationEvents_ThenRunsOnTheTarget()
    {
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(V1), Vars(("x", FeelValue.Number(1))));
        var review = Waiting(state, "review");
        var target = Process(V2);

        var (migrated, events) = kit.Semantics.Migrate(Reload(state), target, ReviewToReview2);

        Assert.Equal(
            [$"ElementMigrated {review} review→review2", $"InstanceMigrated {state.Id} p review=review2"],
            events.Select(Describe));
        Assert.Same(target, migrated.Model);
        Assert.Equal((state.Id, review), (migrated.Id, Waiting(migrated, "review2")));
        Assert.Equal(FeelValue.Number(1), migrated.VariablesOf(migrated.Id)["x"]);
        var after = kit.Semantics.CompleteWait(Reload(migrated), review, NoVars);
        Assert.DoesNotContain(after.OfType<ElementActivated>(), a => a.ElementInstanceId == review);
        Assert.Equal("publish", Assert.Single(after.OfType<JobCreated>()).Type);
    }

    [Fact]
    public void Plan_UnmappedActiveElement_IsAnError()
    {
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(V1), NoVars);

        var plan = kit.Semantics.PlanMigration(state, Process(V2), new Dictionary<string, string>());

        var error = Assert.Single(plan.Errors);
        Assert.False(plan.IsValid);
        Assert.Equal((Waiting(state, "review"), "review"), (error.ElementInstanceId!.Value, error.ElementId));
        Assert.Contains("not mapped", error.Message, StringComparison.Ordinal);
        Assert.Throws<MigrationRefusedException>(() => kit.Semantics.Migrate(state, Process(V2), new Dictionary<string, string>()));
    }

    [Fact]
    public void Plan_MappedToAnotherKindOfElement_IsAnError()
    {
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(V1), NoVars);

        var plan = kit.Semantics.PlanMigration(state, Process(V2), new Dictionary<string, string> { ["review"] = "approve" });

        Assert.Equal("A service task cannot be mapped to 'approve', a UserTask.", Assert.Single(plan.Errors).Message);
    }

    [Fact]
    public void Plan_MappingToMissingElements_IsAnError()
    {
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(V1), NoVars);

        var plan = kit.Semantics.PlanMigration(state, Process(V2), new Dictionary<string, string> { ["review"] = "nope", ["ghost"] = "review2" });

        Assert.Equal(["ghost", "review", "review"], plan.Errors.Select(e => e.ElementId!).Order(StringComparer.Ordinal));
    }

    private static readonly string WithSub = $"""
        <bpmn:startEvent id="start" />
        <bpmn:subProcess id="sub">
          <bpmn:startEvent id="subStart" />
          {ServiceTask("inner", "inner")}
          <bpmn:endEvent id="subEnd" />
          {Flow("s1", "subStart", "inner")}
          {Flow("s2", "inner", "subEnd")}
        </bpmn:subProcess>
        <bpmn:endEvent id="end" />
        {Flow("f1", "start", "sub")}
        {Flow("f2", "sub", "end")}
        """;

    [Fact]
    public void Plan_TokenWhoseScopeMapsElsewhere_IsAScopeError()
    {
        var target = $"""
            <bpmn:startEvent id="start" />
            {ServiceTask("inner", "inner")}
            <bpmn:subProcess id="sub2">
              <bpmn:startEvent id="subStart" />
              <bpmn:endEvent id="subEnd" />
              {Flow("s1", "subStart", "subEnd")}
            </bpmn:subProcess>
            <bpmn:endEvent id="end" />
            {Flow("f1", "start", "inner")}
            {Flow("f2", "inner", "sub2")}
            {Flow("f3", "sub2", "end")}
            """;
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(WithSub), NoVars);

        var plan = kit.Semantics.PlanMigration(state, Process(target), new Dictionary<string, string> { ["sub"] = "sub2", ["inner"] = "inner" });

        var error = Assert.Single(plan.Errors);
        Assert.Equal("inner", error.ElementId);
        Assert.Equal("Its scope 'sub' is mapped to 'sub2', but 'inner' lies in 'p'.", error.Message);
    }

    [Fact]
    public void Plan_JoinWithArrivals_IsRefused()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            <bpmn:parallelGateway id="fork" />
            {ServiceTask("a", "a")}
            {ServiceTask("b", "b")}
            <bpmn:parallelGateway id="join" />
            <bpmn:endEvent id="end" />
            {Flow("f1", "start", "fork")}
            {Flow("toA", "fork", "a")}
            {Flow("toB", "fork", "b")}
            {Flow("fromA", "a", "join")}
            {Flow("fromB", "b", "join")}
            {Flow("f2", "join", "end")}
            """;
        var kit = new RuntimeKit();
        var model = Process(body);
        var (state, _) = kit.Semantics.Start(model, NoVars);
        kit.Semantics.CompleteWait(state, Waiting(state, "a"), NoVars);

        var plan = kit.Semantics.PlanMigration(state, model, new Dictionary<string, string> { ["b"] = "b", ["join"] = "join" });

        var error = Assert.Single(plan.Errors);
        Assert.Equal(("join", "A join that has arrivals (fromA) cannot be migrated."), (error.ElementId, error.Message));
    }

    [Fact]
    public void Migrate_SubProcessWithMultiInstanceInside_KeepsScopesAndProgress_AndReplayFollows()
    {
        string Version(string suffix) => $"""
            <bpmn:startEvent id="start" />
            <bpmn:subProcess id="sub{suffix}">
              <bpmn:extensionElements><zeebe:ioMapping><zeebe:input source="=1" target="local" /></zeebe:ioMapping></bpmn:extensionElements>
              <bpmn:startEvent id="subStart" />
              <bpmn:serviceTask id="each{suffix}">
                <bpmn:extensionElements><zeebe:taskDefinition type="each" /></bpmn:extensionElements>
                <bpmn:multiInstanceLoopCharacteristics isSequential="true">
                  <bpmn:extensionElements><zeebe:loopCharacteristics inputCollection="=[1, 2]" inputElement="item" /></bpmn:extensionElements>
                </bpmn:multiInstanceLoopCharacteristics>
              </bpmn:serviceTask>
              <bpmn:endEvent id="subEnd" />
              {Flow("s1", "subStart", "each" + suffix)}
              {Flow("s2", "each" + suffix, "subEnd")}
            </bpmn:subProcess>
            <bpmn:endEvent id="end" />
            {Flow("f1", "start", "sub" + suffix)}
            {Flow("f2", "sub" + suffix, "end")}
            """;
        var kit = new RuntimeKit();
        var target = Process(Version("2"));
        var (state, started) = kit.Semantics.Start(Process(Version("")), NoVars);
        var journal = started.ToList();
        journal.AddRange(kit.Semantics.CompleteWait(state, Waiting(state, "each", inner: true), NoVars));

        var plan = kit.Semantics.PlanMigration(state, target, new Dictionary<string, string> { ["sub"] = "sub2" });
        var (migrated, events) = kit.Semantics.Migrate(state, target, new Dictionary<string, string> { ["sub"] = "sub2", ["each"] = "each2" });
        journal.AddRange(events);

        Assert.Equal(["each"], plan.Errors.Select(e => e.ElementId).Distinct());
        Assert.Equal(["sub2", "each2", "each2"], migrated.ActiveElementInstances.Select(e => e.ElementId));
        Assert.Equal(state.ActiveElementInstances.Select(e => (e.Id, e.ScopeId)), migrated.ActiveElementInstances.Select(e => (e.Id, e.ScopeId)));
        var body = Reload(migrated).ActiveElementInstances.Single(e => e.IsMultiInstanceBody);
        Assert.Equal((2, 1), (body.MultiInstance!.Created, body.MultiInstance.Completed));
        Assert.Equal(InstanceSnapshot.Write(migrated), InstanceSnapshot.Write(JournalReplay.Rebuild(target, journal)));

        var last = kit.Semantics.CompleteWait(migrated, Waiting(migrated, "each2", inner: true), NoVars);

        Assert.Equal(["each2", "each2", "subEnd", "sub2", "end"], Completed(last));
        Assert.Equal(InstanceStatus.Completed, migrated.Status);
    }

    [Fact]
    public void Plan_ChangedMultiInstanceCharacteristics_IsAnError()
    {
        static string Loop(string sequential) => $"""
            <bpmn:startEvent id="start" />
            <bpmn:serviceTask id="each">
              <bpmn:extensionElements><zeebe:taskDefinition type="each" /></bpmn:extensionElements>
              <bpmn:multiInstanceLoopCharacteristics isSequential="{sequential}">
                <bpmn:extensionElements><zeebe:loopCharacteristics inputCollection="=[1, 2]" /></bpmn:extensionElements>
              </bpmn:multiInstanceLoopCharacteristics>
            </bpmn:serviceTask>
            <bpmn:endEvent id="end" />
            {Flow("f1", "start", "each")}
            {Flow("f2", "each", "end")}
            """;
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(Loop("false")), NoVars);

        var plan = kit.Semantics.PlanMigration(state, Process(Loop("true")), new Dictionary<string, string> { ["each"] = "each" });

        Assert.Equal(3, plan.Errors.Count);
        Assert.All(plan.Errors, e => Assert.Equal("A parallel multi-instance service task cannot be mapped to 'each', a sequential multi-instance service task.", e.Message));
    }

    private static Guid Waiting(ProcessInstanceState state, string elementId) => RuntimeKit.Waiting(state, elementId);

    private static Guid Waiting(ProcessInstanceState state, string elementId, bool inner) =>
        state.ActiveElementInstances.Single(e => e.ElementId == elementId && e.IsMultiInstanceBody != inner).Id;

    private static string Describe(RuntimeEvent e) => e switch
    {
        ElementMigrated m => $"ElementMigrated {m.ElementInstanceId} {m.FromElementId}→{m.ToElementId}",
        InstanceMigrated i => $"InstanceMigrated {i.InstanceId} {i.TargetProcessId} {string.Join(",", i.Mapping.Select(p => $"{p.Key}={p.Value}"))}",
        _ => e.GetType().Name,
    };
}
