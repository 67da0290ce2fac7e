using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Runtime;
using static LaiChau.Workflows.Tests.Runtime.RuntimeKit;

namespace LaiChau.Workflows.Tests.Runtime;

public sealed class ErrorEventTests
{
    private const string Errors = """
        <bpmn:error id="rejected" name="Rejected" errorCode="REJECTED" />
        <bpmn:error id="other" name="Other" errorCode="OTHER" />
        """;

    private static string ErrorDefinition(string? errorRef = null) =>
        errorRef is null ? "<bpmn:errorEventDefinition />" : $"""<bpmn:errorEventDefinition errorRef="{errorRef}" />""";

    /// <summary>A sub-process whose inner check either fails with an error end event or has its job throw.</summary>
    private static string SubProcessWithBoundary(string boundaryDefinition) => $"""
        <bpmn:startEvent id="start" />
        <bpmn:subProcess id="sub">
          <bpmn:startEvent id="subStart" />
          <bpmn:parallelGateway id="fork" />
          {ServiceTask("check", "check")}
          <bpmn:userTask id="wait" />
          <bpmn:exclusiveGateway id="ok" default="toFine" />
          <bpmn:endEvent id="fail">{ErrorDefinition("rejected")}</bpmn:endEvent>
          <bpmn:endEvent id="fine" />
          {Flow("s1", "subStart", "fork")}
          {Flow("s2", "fork", "check")}
          {Flow("s3", "fork", "wait")}
          {Flow("s4", "check", "ok")}
          {Flow("toFail", "ok", "fail", "=valid = false")}
          {Flow("toFine", "ok", "fine")}
        </bpmn:subProcess>
        {Boundary("caught", "sub", boundaryDefinition)}
        {ServiceTask("explain", "explain")}
        {Flow("f1", "start", "sub")}
        {Flow("f2", "caught", "explain")}
        """;

    [Fact]
    public void ErrorEndEvent_InASubProcess_IsCaughtByTheBoundaryOnTheSubProcess()
    {
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(SubProcessWithBoundary(ErrorDefinition("rejected")), Errors), NoVars);
        state = Reload(state);

        var events = kit.Semantics.CompleteWait(state, Waiting(state, "check"), Vars(("valid", FeelValue.False)));

        Assert.Equal(
            ["variable valid", "completed check", "flow s4", "activated ok", "completed ok", "flow toFail", "activated fail", "error thrown REJECTED",
             "terminated wait", "terminated fail", "terminated sub", "activated caught", "completed caught", "flow f2", "activated explain", "job explain"],
            Trace(events));
        Assert.Equal(["explain"], state.ActiveElementInstances.Select(e => e.ElementId));
    }

    [Fact]
    public void JobThrowsError_InASubProcess_IsCaughtByTheCatchAllBoundary_WithTheVariables()
    {
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(SubProcessWithBoundary(ErrorDefinition()), Errors), NoVars);
        var check = Waiting(state, "check");
        state = Reload(state);

        var events = kit.Semantics.ThrowError(state, check, "ANY-CODE", "hồ sơ thiếu", Vars(("reason", FeelValue.String("thiếu ảnh"))));

        var thrown = Assert.IsType<ErrorThrown>(events[0]);
        Assert.Equal((check, "ANY-CODE", "hồ sơ thiếu"), (thrown.ElementInstanceId, thrown.ErrorCode, thrown.Message));
        Assert.Equal(["terminated check", "terminated wait", "terminated sub", "activated caught", "variable reason", "completed caught"], Trace(events).Skip(1).Take(6));
        Assert.Equal(FeelValue.String("thiếu ảnh"), state.VariablesOf(state.Id)["reason"]);
        Assert.Equal(["explain"], state.ActiveElementInstances.Select(e => e.ElementId));
    }

    [Fact]
    public void JobThrowsError_BoundaryOnTheTaskWithTheCode_WinsOverTheCatchAll()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            {ServiceTask("check", "check")}
            {Boundary("any", "check", ErrorDefinition())}
            {Boundary("specific", "check", ErrorDefinition("rejected"))}
            <bpmn:endEvent id="anyEnd" />
            <bpmn:endEvent id="specificEnd" />
            {Flow("f1", "start", "check")}
            {Flow("f2", "any", "anyEnd")}
            {Flow("f3", "specific", "specificEnd")}
            """;
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(body, Errors), NoVars);

        var events = kit.Semantics.ThrowError(state, Waiting(state, "check"), "REJECTED", null, NoVars);

        Assert.Equal(["error thrown REJECTED", "terminated check", "activated specific", "completed specific", "flow f3", "activated specificEnd", "completed specificEnd", "instance completed"], Trace(events));
    }

    [Fact]
    public void JobThrowsError_NobodyCatchesThatCode_IncidentOnTheTask_RetryMakesTheJobAvailableAgain()
    {
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(SubProcessWithBoundary(ErrorDefinition("rejected")), Errors), NoVars);
        var check = Waiting(state, "check");

        var thrown = kit.Semantics.ThrowError(state, check, "OTHER", "không rõ", NoVars);
        state = Reload(state);
        var retried = kit.Semantics.RetryIncident(state, check);
        state = Reload(state);
        var completed = kit.Semantics.CompleteWait(state, check, Vars(("valid", FeelValue.True)));

        Assert.Equal(["error thrown OTHER", "incident raised"], Trace(thrown));
        Assert.Equal(check, thrown.OfType<IncidentRaised>().Single().ElementInstanceId);
        Assert.Equal(["incident resolved", "job check"], Trace(retried));
        Assert.Contains("fine", Completed(completed));
    }

    [Fact]
    public void ErrorEndEvent_Uncaught_RaisesIncidentAndTheTokenStays()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            <bpmn:endEvent id="fail">{ErrorDefinition("rejected")}</bpmn:endEvent>
            {Flow("f1", "start", "fail")}
            """;

        var (state, events) = new RuntimeKit().Semantics.Start(Process(body, Errors), NoVars);

        Assert.Equal(["activated fail", "error thrown REJECTED", "incident raised"], Trace(events).TakeLast(3));
        Assert.Equal(IncidentStep.Activation, Reload(state).FindElementInstance(Waiting(state, "fail"))!.Incident);
        Assert.Equal(InstanceStatus.Active, state.Status);
    }

    [Fact]
    public void ErrorInsideASubProcess_CaughtByAnEventSubProcessOfTheProcess()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            <bpmn:parallelGateway id="fork" />
            <bpmn:userTask id="outside" />
            <bpmn:subProcess id="sub">
              <bpmn:startEvent id="subStart" />
              {ServiceTask("check", "check")}
              {Flow("s1", "subStart", "check")}
            </bpmn:subProcess>
            <bpmn:subProcess id="onError" triggeredByEvent="true">
              <bpmn:startEvent id="errorStart">{ErrorDefinition("rejected")}</bpmn:startEvent>
              {ServiceTask("apologise", "apologise")}
              <bpmn:endEvent id="errorEnd" />
              {Flow("e1", "errorStart", "apologise")}
              {Flow("e2", "apologise", "errorEnd")}
            </bpmn:subProcess>
            {Flow("f1", "start", "fork")}
            {Flow("f2", "fork", "outside")}
            {Flow("f3", "fork", "sub")}
            """;
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(body, Errors), NoVars);
        state = Reload(state);

        var thrown = kit.Semantics.ThrowError(state, Waiting(state, "check"), "REJECTED", null, NoVars);
        state = Reload(state);
        var done = kit.Semantics.CompleteWait(state, Waiting(state, "apologise"), NoVars);

        Assert.Equal(
            ["error thrown REJECTED", "terminated outside", "terminated check", "terminated sub", "activated onError", "activated errorStart", "completed errorStart", "flow e1", "activated apologise", "job apologise"],
            Trace(thrown));
        Assert.Equal(["completed apologise", "flow e2", "activated errorEnd", "completed errorEnd", "completed onError", "instance completed"], Trace(done));
        Assert.Equal(InstanceStatus.Completed, state.Status);
    }
}
