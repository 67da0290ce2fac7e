using LaiChau.Testing;
using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Runtime;
using static LaiChau.Workflows.Tests.Runtime.RuntimeKit;

namespace LaiChau.Workflows.Tests.Runtime;

public sealed class TimerTests
{
    private static string Wait(string kind, string value, string extra = "") => $"""
        <bpmn:startEvent id="start" />
        <bpmn:intermediateCatchEvent id="wait">{extra}{TimerDefinition(kind, value)}</bpmn:intermediateCatchEvent>
        {ServiceTask("after", "after")}
        {Flow("f1", "start", "wait")}
        {Flow("f2", "wait", "after")}
        """;

    private static string WorkingDays => """<bpmn:extensionElements><zeebe:properties><zeebe:property name="calendar" value="working-days" /></zeebe:properties></bpmn:extensionElements>""";

    [Fact]
    public void IntermediateTimer_Duration_IsScheduledFromActivationAndFiresOnReload()
    {
        var kit = new RuntimeKit();
        var (state, events) = kit.Semantics.Start(Process(Wait("timeDuration", "PT1H")), NoVars);

        var scheduled = Assert.Single(events.OfType<TimerScheduled>());
        Assert.Equal((Waiting(state, "wait"), "wait", TestClock.DefaultStart.AddHours(1)), (scheduled.ElementInstanceId, scheduled.ElementId, scheduled.DueAt));
        Assert.Equal(scheduled.TimerId, Subscription(state, "wait").Id);
        state = Reload(state);
        kit.Clock.Advance(TimeSpan.FromHours(1));
        var fired = kit.Semantics.FireTimer(state, scheduled.TimerId);

        Assert.Equal(["timer fired", "completed wait", "flow f2", "activated after", "job after"], Trace(fired));
        Assert.Equal(scheduled.TimerId, Assert.IsType<TimerFired>(fired[0]).TimerId);
        Assert.Empty(state.Subscriptions);
    }

    [Fact]
    public void FireTimer_Twice_SecondIsANoOp()
    {
        var kit = new RuntimeKit();
        var (state, events) = kit.Semantics.Start(Process(Wait("timeDuration", "PT1H")), NoVars);
        var timer = events.OfType<TimerScheduled>().Single().TimerId;

        var first = kit.Semantics.FireTimer(state, timer);
        state = Reload(state);
        var second = kit.Semantics.FireTimer(state, timer);

        Assert.NotEmpty(first);
        Assert.Empty(second);
        Assert.Empty(kit.Semantics.FireTimer(state, Guid.NewGuid()));
    }

    [Theory]
    [InlineData("timeDate", "2026-03-05T17:00:00+07:00", "2026-03-05T10:00:00Z")]
    [InlineData("timeDate", "=date and time(\"2026-03-05T17:00:00+07:00\")", "2026-03-05T10:00:00Z")]
    [InlineData("timeDuration", "=duration(\"PT30M\")", "2026-03-02T01:30:00Z")]
    [InlineData("timeDuration", "=delay", "2026-03-02T03:00:00Z")]
    [InlineData("timeDuration", "P1M", "2026-04-02T01:00:00Z")]
    public void TimerValue_LiteralOrFeel_GivesTheDueInstant(string kind, string value, string due)
    {
        var (_, events) = new RuntimeKit().Semantics.Start(
            Process(Wait(kind, value.Replace("\"", "&quot;", StringComparison.Ordinal))), Vars(("delay", FeelValue.String("PT2H"))));

        Assert.Equal(DateTimeOffset.Parse(due, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(events.OfType<TimerScheduled>()).DueAt);
    }

    [Fact]
    public void TimerValue_FeelFails_RaisesIncidentAndOpensNothing()
    {
        var (state, events) = new RuntimeKit().Semantics.Start(Process(Wait("timeDuration", "=delay")), NoVars);

        Assert.Equal(Waiting(state, "wait"), Assert.Single(events.OfType<IncidentRaised>()).ElementInstanceId);
        Assert.Empty(state.Subscriptions);
        Assert.Equal(IncidentStep.Activation, state.FindElementInstance(Waiting(state, "wait"))!.Incident);
    }

    [Fact]
    public void WorkingDays_TwoDaysFromFridayAfternoon_EndAtTuesdaysClose()
    {
        // Friday 6 March 2026, 16:00: before the 17:00 close, so Friday is day 0; Monday is day 1, Tuesday day 2.
        var kit = new RuntimeKit(new DateTimeOffset(2026, 3, 6, 16, 0, 0, TestClock.VietnamOffset));

        var (_, events) = kit.Semantics.Start(Process(Wait("timeDuration", "P2D", WorkingDays)), NoVars);

        Assert.Equal(new DateTimeOffset(2026, 3, 10, 17, 0, 0, TestClock.VietnamOffset), events.OfType<TimerScheduled>().Single().DueAt);
    }

    [Fact]
    public void WorkingDays_TwoDaysAfterClose_SkipTheWeekendAndCountFromMonday()
    {
        var kit = new RuntimeKit(new DateTimeOffset(2026, 3, 6, 17, 30, 0, TestClock.VietnamOffset));

        var (_, events) = kit.Semantics.Start(Process(Wait("timeDuration", "P2D", WorkingDays)), NoVars);

        Assert.Equal(new DateTimeOffset(2026, 3, 11, 17, 0, 0, TestClock.VietnamOffset), events.OfType<TimerScheduled>().Single().DueAt);
    }

    [Fact]
    public void WorkingDays_DurationWithATimePart_CountsOnTheClock()
    {
        var kit = new RuntimeKit(new DateTimeOffset(2026, 3, 6, 16, 0, 0, TestClock.VietnamOffset));

        var (_, events) = kit.Semantics.Start(Process(Wait("timeDuration", "P1DT2H", WorkingDays)), NoVars);

        Assert.Equal(new DateTimeOffset(2026, 3, 7, 18, 0, 0, TestClock.VietnamOffset), events.OfType<TimerScheduled>().Single().DueAt);
    }

    [Fact]
    public void WorkingDays_InjectedCalculator_IsUsed()
    {
        var noWorkingHoursAfter = new LaiChau.Workflows.Calendar.WorkingDayCalculator(
            LaiChau.Workflows.Calendar.WorkingDayCalendar.Official,
            new LaiChau.Workflows.Calendar.WorkingDayOptions { AfterHoursCountsFromNextWorkingDay = false });
        var next = 0;
        var semantics = new Semantics(
            TestClock.Create(new DateTimeOffset(2026, 3, 6, 17, 30, 0, TestClock.VietnamOffset)), () => new Guid(++next, 0, 0, new byte[8]),
            workingDays: () => noWorkingHoursAfter);

        var (_, events) = semantics.Start(Process(Wait("timeDuration", "P2D", WorkingDays)), NoVars);

        Assert.Equal(new DateTimeOffset(2026, 3, 10, 17, 0, 0, TestClock.VietnamOffset), events.OfType<TimerScheduled>().Single().DueAt);
    }

    [Fact]
    public void Cancel_WaitingOnATimer_CancelsIt()
    {
        var kit = new RuntimeKit();
        var (state, events) = kit.Semantics.Start(Process(Wait("timeDuration", "PT1H")), NoVars);
        state = Reload(state);

        var cancelled = kit.Semantics.Cancel(state);

        Assert.Equal(["timer cancelled", "terminated wait", "instance terminated"], Trace(cancelled));
        Assert.Equal(events.OfType<TimerScheduled>().Single().TimerId, cancelled.OfType<TimerCancelled>().Single().TimerId);
        Assert.Empty(state.Subscriptions);
        Assert.Empty(kit.Semantics.FireTimer(state, events.OfType<TimerScheduled>().Single().TimerId));
    }

    [Theory]
    [InlineData("timeDate", "=when", "kém")]
    [InlineData("timeDuration", "=when", "P")]
    public void TimerValue_NotAnInstantOrDuration_RaisesIncident(string kind, string value, string text)
    {
        var (state, events) = new RuntimeKit().Semantics.Start(Process(Wait(kind, value)), Vars(("when", FeelValue.String(text))));

        Assert.Equal(Waiting(state, "wait"), Assert.Single(events.OfType<IncidentRaised>()).ElementInstanceId);
        Assert.Empty(state.Subscriptions);
    }

    [Fact]
    public void CycleFromFeel_OnANonInterruptingBoundary_RepeatsItsCount()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            {ServiceTask("work", "work")}
            {Boundary("tick", "work", TimerDefinition("timeCycle", "=cycle"), interrupting: false)}
            <bpmn:endEvent id="tickEnd" />
            {Flow("f1", "start", "work")}
            {Flow("f2", "tick", "tickEnd")}
            """;
        var kit = new RuntimeKit();
        var (state, started) = kit.Semantics.Start(Process(body), Vars(("cycle", FeelValue.String("R2/PT2H"))));

        var first = kit.Semantics.FireTimer(state, started.OfType<TimerScheduled>().Single().TimerId);
        state = Reload(state);
        var second = kit.Semantics.FireTimer(state, first.OfType<TimerScheduled>().Single().TimerId);

        Assert.Equal(TestClock.DefaultStart.AddHours(4), first.OfType<TimerScheduled>().Single().DueAt);
        Assert.Empty(second.OfType<TimerScheduled>());
        Assert.Empty(state.Subscriptions);
        Assert.Equal(["work"], state.ActiveElementInstances.Select(e => e.ElementId));
    }
}
