using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Runtime;
using static LaiChau.Workflows.Tests.Runtime.RuntimeKit;

namespace LaiChau.Workflows.Tests.Runtime;

public sealed class MultiInstanceTests
{
    private static string Body(bool sequential, string loop = """inputCollection="=items" inputElement="item" outputCollection="results" outputElement="=result" """, string completion = "") => $"""
        <bpmn:startEvent id="start" />
        <bpmn:serviceTask id="check">
          <bpmn:extensionElements><zeebe:taskDefinition type="check" /></bpmn:extensionElements>
          <bpmn:multiInstanceLoopCharacteristics isSequential="{(sequential ? "true" : "false")}">
            <bpmn:extensionElements><zeebe:loopCharacteristics {loop} /></bpmn:extensionElements>
            {completion}
          </bpmn:multiInstanceLoopCharacteristics>
        </bpmn:serviceTask>
        {ServiceTask("after", "after")}
        {Flow("f1", "start", "check")}
        {Flow("f2", "check", "after")}
        """;

    private static readonly IReadOnlyDictionary<string, FeelValue> ThreeItems =
        Vars(("items", FeelValue.List([FeelValue.String("x"), FeelValue.String("y"), FeelValue.String("z")])));

    [Fact]
    public void Parallel_CreatesOneInnerInstancePerItem_ScopedToTheBody()
    {
        var (state, events) = new RuntimeKit().Semantics.Start(Process(Body(sequential: false)), ThreeItems);

        var body = Assert.Single(state.ActiveElementInstances, e => e.IsMultiInstanceBody);
        var inner = state.ActiveElementInstances.Where(e => !e.IsMultiInstanceBody).ToList();
        Assert.Equal(("check", (Guid?)null), (body.ElementId, body.ScopeId));
        Assert.Equal(3, inner.Count);
        Assert.All(inner, i => Assert.Equal(("check", (Guid?)body.Id), (i.ElementId, i.ScopeId)));
        Assert.Equal(["x", "y", "z"], inner.Select(i => state.VariablesOf(i.Id)["item"].AsString()));
        Assert.Equal([1m, 2m, 3m], inner.Select(i => state.VariablesOf(i.Id)["loopCounter"].AsNumber()));
        Assert.Equal(FeelValue.Null, state.VariablesOf(inner[0].Id)["result"]);
        Assert.Equal(FeelValue.List([FeelValue.Null, FeelValue.Null, FeelValue.Null]), state.VariablesOf(body.Id)["results"]);
        Assert.Equal(inner.Select(i => i.Id), events.OfType<JobCreated>().Select(j => j.ElementInstanceId));
        Assert.Equal(3, Assert.Single(events.OfType<MultiInstanceStarted>()).Items.Count);
    }

    [Fact]
    public void Parallel_CompletedInAnyOrder_CollectsOutputsInInputOrder_ThenLeaves()
    {
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(Body(sequential: false)), ThreeItems);
        var inner = state.ActiveElementInstances.Where(e => !e.IsMultiInstanceBody).Select(e => e.Id).ToList();

        foreach (var i in new[] { 2, 0 })
        {
            state = Reload(state);
            var partial = kit.Semantics.CompleteWait(state, inner[i], Vars(("result", FeelValue.Number(i * 10))));
            Assert.Equal(["check"], Completed(partial));
        }

        state = Reload(state);
        var last = kit.Semantics.CompleteWait(state, inner[1], Vars(("result", FeelValue.Number(10))));

        Assert.Equal(["check", "check"], Completed(last));
        Assert.Equal("after", Assert.Single(last.OfType<JobCreated>()).Type);
        Assert.Equal(FeelValue.List([FeelValue.Number(0), FeelValue.Number(10), FeelValue.Number(20)]), state.VariablesOf(state.Id)["results"]);
        Assert.False(state.VariablesOf(state.Id).ContainsKey("result"));
        Assert.False(state.VariablesOf(state.Id).ContainsKey("item"));
    }

    [Fact]
    public void Sequential_RunsOneInnerInstanceAtATime_InItemOrder()
    {
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(Body(sequential: true)), ThreeItems);
        var seen = new List<(string Item, decimal Counter)>();

        while (state.ActiveElementInstances.Any(e => e.ElementId == "check"))
        {
            state = Reload(state);
            var inner = Assert.Single(state.ActiveElementInstances, e => e.ElementId == "check" && !e.IsMultiInstanceBody);
            var locals = state.VariablesOf(inner.Id);
            seen.Add((locals["item"].AsString(), locals["loopCounter"].AsNumber()));
            kit.Semantics.CompleteWait(state, inner.Id, Vars(("result", FeelValue.String(locals["item"].AsString().ToUpperInvariant()))));
        }

        Assert.Equal([("x", 1m), ("y", 2m), ("z", 3m)], seen);
        Assert.Equal(FeelValue.List([FeelValue.String("X"), FeelValue.String("Y"), FeelValue.String("Z")]), state.VariablesOf(state.Id)["results"]);
        Assert.Equal(["after"], state.ActiveElementInstances.Select(e => e.ElementId));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void EmptyCollection_CompletesTheBodyAtOnce(bool sequential)
    {
        var (state, events) = new RuntimeKit().Semantics.Start(Process(Body(sequential)), Vars(("items", FeelValue.List([]))));

        Assert.Equal(["start", "check"], Completed(events));
        Assert.Equal(FeelValue.List([]), state.VariablesOf(state.Id)["results"]);
        Assert.Equal(["after"], state.ActiveElementInstances.Select(e => e.ElementId));
    }

    [Fact]
    public void CollectionThatIsNotAList_RaisesAnIncidentOnTheBody()
    {
        var (state, events) = new RuntimeKit().Semantics.Start(Process(Body(false)), Vars(("items", FeelValue.String("x"))));

        var body = Assert.Single(state.ActiveElementInstances);
        Assert.True(body.IsMultiInstanceBody);
        Assert.Null(body.MultiInstance);
        Assert.Equal(body.Id, Assert.Single(events.OfType<IncidentRaised>()).ElementInstanceId);
        Assert.Empty(events.OfType<JobCreated>());
    }

    [Fact]
    public void CompletionCondition_True_TerminatesTheOtherInnerInstancesAndCompletesTheBody()
    {
        var completion = """<bpmn:completionCondition xsi:type="bpmn:tFormalExpression">=numberOfCompletedInstances &gt;= 2 and numberOfInstances = 3</bpmn:completionCondition>""";
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(Body(false, completion: completion)), ThreeItems);
        var inner = state.ActiveElementInstances.Where(e => !e.IsMultiInstanceBody).Select(e => e.Id).ToList();

        kit.Semantics.CompleteWait(state, inner[1], Vars(("result", FeelValue.Number(1))));
        state = Reload(state);
        var events = kit.Semantics.CompleteWait(state, inner[2], Vars(("result", FeelValue.Number(2))));

        Assert.Equal(inner[0], Assert.Single(events.OfType<ElementTerminated>()).ElementInstanceId);
        Assert.Equal(["check", "check"], Completed(events));
        Assert.Equal(FeelValue.List([FeelValue.Null, FeelValue.Number(1), FeelValue.Number(2)]), state.VariablesOf(state.Id)["results"]);
        Assert.Equal(["after"], state.ActiveElementInstances.Select(e => e.ElementId));
    }

    [Fact]
    public void Sequential_CompletionConditionOnTheResult_StopsEarly()
    {
        var completion = """<bpmn:completionCondition xsi:type="bpmn:tFormalExpression">=result = "found"</bpmn:completionCondition>""";
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(Body(true, completion: completion)), ThreeItems);

        kit.Semantics.CompleteWait(state, Waiting(state, "check", inner: true), Vars(("result", FeelValue.String("no"))));
        var events = kit.Semantics.CompleteWait(state, Waiting(state, "check", inner: true), Vars(("result", FeelValue.String("found"))));

        Assert.Empty(events.OfType<ElementTerminated>());
        Assert.Equal(FeelValue.List([FeelValue.String("no"), FeelValue.String("found"), FeelValue.Null]), state.VariablesOf(state.Id)["results"]);
        Assert.Equal(["after"], state.ActiveElementInstances.Select(e => e.ElementId));
    }

    [Fact]
    public void SubProcess_EachInnerInstanceRunsItsOwnScope_WithItsItemAndInputMappings()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            <bpmn:subProcess id="each">
              <bpmn:extensionElements><zeebe:ioMapping><zeebe:input source="=item * 2" target="doubled" /></zeebe:ioMapping></bpmn:extensionElements>
              <bpmn:multiInstanceLoopCharacteristics>
                <bpmn:extensionElements><zeebe:loopCharacteristics inputCollection="=[1, 2]" inputElement="item" outputCollection="all" outputElement="=doubled + loopCounter" /></bpmn:extensionElements>
              </bpmn:multiInstanceLoopCharacteristics>
              <bpmn:startEvent id="subStart" />
              {ServiceTask("work", "work")}
              <bpmn:endEvent id="subEnd" />
              {Flow("s1", "subStart", "work")}
              {Flow("s2", "work", "subEnd")}
            </bpmn:subProcess>
            <bpmn:endEvent id="end" />
            {Flow("f1", "start", "each")}
            {Flow("f2", "each", "end")}
            """;
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(body), NoVars);
        var works = state.ActiveElementInstances.Where(e => e.ElementId == "work").ToList();
        var scopes = works.Select(w => state.FindElementInstance(w.ScopeId!.Value)!).ToList();

        Assert.Equal([2m, 4m], scopes.Select(s => state.VariablesOf(s.Id)["doubled"].AsNumber()));
        Assert.All(scopes, s => Assert.False(s.IsMultiInstanceBody));
        foreach (var work in works)
        {
            state = Reload(state);
            kit.Semantics.CompleteWait(state, work.Id, NoVars);
        }

        Assert.Equal(InstanceStatus.Completed, state.Status);
        Assert.Equal(FeelValue.List([FeelValue.Number(3), FeelValue.Number(6)]), state.VariablesOf(state.Id)["all"]);
    }

    [Fact]
    public void InnerOutputMappings_WritePastTheBody_IntoItsFlowScope()
    {
        var loop = """inputCollection="=items" inputElement="item" """;
        var xml = Body(true, loop).Replace(
            """<zeebe:taskDefinition type="check" />""",
            """<zeebe:taskDefinition type="check" /><zeebe:ioMapping><zeebe:output source="=item" target="lastItem" /></zeebe:ioMapping>""",
            StringComparison.Ordinal);
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(xml), ThreeItems);

        kit.Semantics.CompleteWait(state, Waiting(state, "check", inner: true), NoVars);
        var body = Assert.Single(state.ActiveElementInstances, e => e.IsMultiInstanceBody);

        Assert.Equal(FeelValue.String("x"), state.VariablesOf(state.Id)["lastItem"]);
        Assert.False(state.VariablesOf(body.Id).ContainsKey("lastItem"));
        Assert.Equal(1, body.MultiInstance!.Completed);
        Assert.Equal(2, Reload(state).ActiveElementInstances.Single(e => e.IsMultiInstanceBody).MultiInstance!.Created);
    }

    [Fact]
    public void Cancel_TerminatesInnerInstancesBeforeTheBody()
    {
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(Body(false)), ThreeItems);
        var body = Assert.Single(state.ActiveElementInstances, e => e.IsMultiInstanceBody);

        var events = kit.Semantics.Cancel(Reload(state));

        Assert.Equal(body.Id, events.OfType<ElementTerminated>().ElementAt(3).ElementInstanceId);
        Assert.Equal(4, events.OfType<ElementTerminated>().Count());
    }

    [Fact]
    public void Snapshot_KeepsTheBodyFlagAndProgress()
    {
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(Body(sequential: true)), ThreeItems);
        kit.Semantics.CompleteWait(state, Waiting(state, "check", inner: true), Vars(("result", FeelValue.Number(7))));

        var written = InstanceSnapshot.Write(state);
        var read = InstanceSnapshot.Read(written, state.Model);

        Assert.Contains("""
            "body":true,"multiInstance":{"items":["x","y","z"],"created":2,"completed":1}
            """, written, StringComparison.Ordinal);
        Assert.Equal(written, InstanceSnapshot.Write(read));
        Assert.Equal([true, false], read.ActiveElementInstances.Select(e => e.IsMultiInstanceBody));
    }

    [Fact]
    public void WorkerOverwritingTheLoopCounter_RaisesAnIncidentInsteadOfCollecting()
    {
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(Body(sequential: true)), ThreeItems);
        var inner = Waiting(state, "check", inner: true);

        var events = kit.Semantics.CompleteWait(state, inner, Vars(("loopCounter", FeelValue.String("x"))));

        Assert.Equal(inner, Assert.Single(events.OfType<IncidentRaised>()).ElementInstanceId);
        Assert.True(state.FindElementInstance(inner)!.IsActive);
    }

    private static Guid Waiting(ProcessInstanceState state, string elementId, bool inner) =>
        state.ActiveElementInstances.Single(e => e.ElementId == elementId && e.IsMultiInstanceBody != inner).Id;
}
