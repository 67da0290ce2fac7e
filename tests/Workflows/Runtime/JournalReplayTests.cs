using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Model;
using LaiChau.Workflows.Runtime;
using static LaiChau.Workflows.Tests.Runtime.RuntimeKit;

namespace LaiChau.Workflows.Tests.Runtime;

public sealed class JournalReplayTests
{
    /// <summary>More than the structural slice's 240: the event kinds dilute the structural ones.</summary>
    private const int SeedCount = 400;

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, SeedCount)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void RandomProcess_ReplayedJournal_EqualsTheLiveState_UntilCompleted(int seed) => Drive(seed);

    /// <summary>The seeds together raise every event kind that replay rebuilds state from (else the theory proves little).</summary>
    [Fact]
    public void RandomProcesses_RaiseEverySubscriptionAndIncidentEvent()
    {
        var journal = Enumerable.Range(1, SeedCount).SelectMany(Drive).ToList();
        var kinds = journal.Select(e => e.GetType()).ToHashSet();

        foreach (var kind in new[]
        {
            typeof(TimerScheduled), typeof(TimerFired), typeof(TimerCancelled), typeof(MessageSubscriptionOpened),
            typeof(MessageSubscriptionClosed), typeof(MessageCorrelated), typeof(IncidentRaised), typeof(IncidentResolved),
            typeof(ErrorThrown), typeof(InstanceMigrated),
        })
        {
            Assert.Contains(kind, kinds);
        }

        Assert.Equal(
            Enum.GetValues<IncidentStep>().ToHashSet(),
            journal.OfType<IncidentRaised>().Select(r => r.Step ?? throw new InvalidOperationException("a runtime incident without step")).ToHashSet());
        Assert.Contains(journal.OfType<TimerScheduled>(), t => t.RepetitionsLeft > 0);
    }

    /// <summary>Runs one seed's process to completion, checking replay on the way; returns the journal.</summary>
    private static List<RuntimeEvent> Drive(int seed)
    {
        var xml = new RandomProcessGenerator(seed).Generate(depth: seed % 2 == 0 ? 4 : 3);
        var model = RandomProcessGenerator.Model(xml);
        var random = new Random(seed);
        var kit = new RuntimeKit();
        var (state, started) = kit.Semantics.Start(model, Vars(("v", RandomNumber(random)), ("key", FeelValue.String("k"))));
        var journal = new List<RuntimeEvent>(started);
        AssertReplayMatches(model, journal, state);

        for (var step = 0; state.Status == InstanceStatus.Active; step++)
        {
            Assert.True(step < 2000, $"seed {seed}: no end after 2000 steps");
            var actions = Actions(kit, state, random);
            Assert.True(actions.Count > 0, $"seed {seed}: stuck at {string.Join(", ", state.ActiveElementInstances.Select(e => e.ElementId))}");
            journal.AddRange(actions[random.Next(actions.Count)]());
            if (random.Next(3) == 0)
            {
                AssertReplayMatches(model, journal, state);
            }

            if (random.Next(4) == 0)
            {
                state = Reload(state);
            }

            if (random.Next(8) == 0 && state.Status == InstanceStatus.Active)
            {
                (state, model) = MigrateToACopy(kit, state, xml, journal);
            }
        }

        Assert.Equal(InstanceStatus.Completed, state.Status);
        AssertOnlyGatesRaisedIncidents(journal);
        AssertReplayMatches(model, journal, state);
        return journal;
    }

    /// <summary>
    /// What the outside world can do next: complete a task or call activity, fire a timer (the clock moved to its due
    /// instant first), correlate a message, or retry an incident (after setting the gate's variable, or not: it fails again); a job may also throw an error.
    /// </summary>
    private static List<Func<IReadOnlyList<RuntimeEvent>>> Actions(RuntimeKit kit, ProcessInstanceState state, Random random)
    {
        var model = state.Model;
        var actions = new List<Func<IReadOnlyList<RuntimeEvent>>>();
        foreach (var element in state.ActiveElementInstances.Where(e => !e.IsMultiInstanceBody && e.Incident is null).ToList())
        {
            switch (model.FindNode(element.ElementId))
            {
                case CallActivity:
                    actions.Add(() => kit.Semantics.CompleteCallActivity(state, element.Id, Vars(("v", RandomNumber(random)))));
                    break;
                case JobTask or UserTask:
                    actions.Add(() => kit.Semantics.CompleteWait(state, element.Id, Vars(("v", RandomNumber(random)))));
                    break;
            }

            // A worker's BPMN error: "E" is caught where an error boundary encloses the job, else it is a JobError incident.
            if (model.FindNode(element.ElementId) is JobTask && random.Next(6) == 0)
            {
                actions.Add(() => kit.Semantics.ThrowError(state, element.Id, random.Next(2) == 0 ? "E" : "X", "boom", NoVars));
            }
        }

        foreach (var subscription in state.Subscriptions.ToList())
        {
            actions.Add(subscription.Kind == SubscriptionKind.Timer
                ? () =>
                {
                    if (subscription.DueAt > kit.Clock.GetUtcNow())
                    {
                        kit.Clock.SetUtcNow(subscription.DueAt.Value);
                    }

                    return kit.Semantics.FireTimer(state, subscription.Id);
                }
                : () => kit.Semantics.CorrelateMessage(state, subscription.Id, Vars(("v", RandomNumber(random)))));
        }

        foreach (var element in state.ActiveElementInstances.Where(e => e.Incident is not null).ToList())
        {
            actions.Add(() =>
            {
                var fix = random.Next(3) == 0
                    ? []
                    : kit.Semantics.SetVariables(state, state.Id, Vars((element.ElementId, FeelValue.Number(3))));
                return [.. fix, .. kit.Semantics.RetryIncident(state, element.Id)];
            });
        }

        return actions;
    }

    /// <summary>Only the incident gates and the workers' uncaught errors may raise incidents; anything else is a generator or runtime fault.</summary>
    private static void AssertOnlyGatesRaisedIncidents(List<RuntimeEvent> journal)
    {
        var elementIds = journal.OfType<ElementActivated>().ToDictionary(e => e.ElementInstanceId, e => e.ElementId);
        foreach (var raised in journal.OfType<IncidentRaised>().Where(r => r.Step != IncidentStep.JobError))
        {
            Assert.StartsWith("gate", elementIds.GetValueOrDefault(raised.ElementInstanceId, "?"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Generator_SameSeed_SameProcess_AndCoversEveryKind()
    {
        var samples = Enumerable.Range(1, SeedCount).Select(s => new RandomProcessGenerator(s).Generate()).ToList();

        Assert.Equal(new RandomProcessGenerator(7).Generate(), new RandomProcessGenerator(7).Generate());
        foreach (var marker in new[] { "exclusiveGateway", "parallelGateway", "inclusiveGateway", "subProcess", "userTask", "serviceTask", "isSequential=\"true\"", "isSequential=\"false\"", "completionCondition", "outputCollection", "callActivity",
            "boundaryEvent", "cancelActivity=\"false\"", "timeCycle", "intermediateCatchEvent", "receiveTask", "eventBasedGateway",
            "errorEventDefinition", "triggeredByEvent", "id=\"gate" })
        {
            Assert.Contains(samples, s => s.Contains(marker, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Replay_OfAWaitingMultiInstanceInsideAJoin_RebuildsBodyProgressAndArrivals()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            <bpmn:parallelGateway id="fork" />
            <bpmn:serviceTask id="each">
              <bpmn:extensionElements><zeebe:taskDefinition type="each" /></bpmn:extensionElements>
              <bpmn:multiInstanceLoopCharacteristics isSequential="true">
                <bpmn:extensionElements><zeebe:loopCharacteristics inputCollection="=[1, 2, 3]" inputElement="item" outputCollection="all" outputElement="=v" /></bpmn:extensionElements>
              </bpmn:multiInstanceLoopCharacteristics>
            </bpmn:serviceTask>
            {ServiceTask("b", "b")}
            <bpmn:parallelGateway id="join" />
            <bpmn:endEvent id="end" />
            {Flow("f1", "start", "fork")}
            {Flow("toEach", "fork", "each")}
            {Flow("toB", "fork", "b")}
            {Flow("fromEach", "each", "join")}
            {Flow("fromB", "b", "join")}
            {Flow("f2", "join", "end")}
            """;
        var model = Process(body);
        var kit = new RuntimeKit();
        var (state, journal) = kit.Semantics.Start(model, NoVars);
        var events = journal.ToList();
        events.AddRange(kit.Semantics.CompleteWait(state, Waiting(state, "b"), NoVars));
        var inner = state.ActiveElementInstances.Single(e => e.ElementId == "each" && !e.IsMultiInstanceBody);
        events.AddRange(kit.Semantics.CompleteWait(state, inner.Id, Vars(("v", FeelValue.Number(5)))));

        var rebuilt = JournalReplay.Rebuild(model, events);

        var rebuiltBody = rebuilt.ActiveElementInstances.Single(e => e.IsMultiInstanceBody);
        Assert.Equal((2, 1), (rebuiltBody.MultiInstance!.Created, rebuiltBody.MultiInstance.Completed));
        Assert.Equal(["fromB"], rebuilt.ActiveElementInstances.Single(e => e.ElementId == "join").ArrivedFlows);
        Assert.Equal(FeelValue.List([FeelValue.Number(5), FeelValue.Null, FeelValue.Null]), rebuilt.VariablesOf(rebuiltBody.Id)["all"]);
        Assert.Equal(InstanceSnapshot.Write(state), InstanceSnapshot.Write(rebuilt));
    }

    [Fact]
    public void Replay_OfACancelledInstance_IsTerminatedWithNothingActive()
    {
        var model = RandomProcessGenerator.Model(new RandomProcessGenerator(3).Generate());
        var kit = new RuntimeKit();
        var (state, journal) = kit.Semantics.Start(model, NoVars);

        var rebuilt = JournalReplay.Rebuild(model, [.. journal, .. kit.Semantics.Cancel(state)]);

        Assert.Equal(InstanceStatus.Terminated, rebuilt.Status);
        Assert.Empty(rebuilt.ActiveElementInstances);
        Assert.Equal(InstanceSnapshot.Write(state), InstanceSnapshot.Write(rebuilt));
    }

    /// <summary>The random migrations map every id to itself; here the catching element is renamed, which replay must follow.</summary>
    [Fact]
    public void Replay_OfAMigrationThatRenamesACatcher_MovesItsOpenSubscription()
    {
        static string Body(string boundary) => $"""
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="verify" />
            {Boundary(boundary, "verify", TimerDefinition("timeCycle", "R3/PT1H"), interrupting: false)}
            <bpmn:endEvent id="end" />
            <bpmn:endEvent id="lateEnd" />
            {Flow("f1", "start", "verify")}
            {Flow("f2", "verify", "end")}
            {Flow("f3", boundary, "lateEnd")}
            """;
        var kit = new RuntimeKit();
        var (state, started) = kit.Semantics.Start(Process(Body("late")), NoVars);
        var target = Process(Body("tooLate"));

        var (migrated, events) = kit.Semantics.Migrate(state, target, new Dictionary<string, string> { ["verify"] = "verify", ["late"] = "tooLate" });
        List<RuntimeEvent> journal = [.. started, .. events];
        AssertReplayMatches(target, journal, migrated);
        journal.AddRange(kit.Semantics.FireTimer(migrated, Assert.Single(migrated.Subscriptions).Id));

        AssertReplayMatches(target, journal, migrated);
        Assert.Equal(("tooLate", 1), (Assert.Single(migrated.Subscriptions).ElementId, migrated.Subscriptions[0].RepetitionsLeft));
    }

    /// <summary>Rows written before the new trailing fields read with their defaults; a step-less incident is the host's and marks no step.</summary>
    [Fact]
    public void Codec_OldRowsWithoutTheNewFields_ReadWithDefaults()
    {
        var timer = (TimerScheduled)JournalCodec.Read(nameof(TimerScheduled), """
            {"at":"2026-01-01T00:00:00+00:00","timerId":"00000001-0000-0000-0000-000000000000","elementInstanceId":"00000002-0000-0000-0000-000000000000","elementId":"late","dueAt":"2026-01-02T00:00:00+00:00"}
            """);
        var incident = (IncidentRaised)JournalCodec.Read(nameof(IncidentRaised), """
            {"at":"2026-01-01T00:00:00+00:00","elementInstanceId":"00000002-0000-0000-0000-000000000000","reason":"No worker"}
            """);
        var roundTrip = (IncidentRaised)JournalCodec.Read(nameof(IncidentRaised), JournalCodec.Write(incident with { Step = IncidentStep.Completion }));

        Assert.Equal((null, null), (timer.RepetitionsLeft, timer.Interval));
        Assert.Null(incident.Step);
        Assert.Equal(IncidentStep.Completion, roundTrip.Step);
    }

    /// <summary>Migrates onto a fresh parse of the same file with every element mapped to itself, when the plan allows it.</summary>
    private static (ProcessInstanceState, ProcessModel) MigrateToACopy(RuntimeKit kit, ProcessInstanceState state, string xml, List<RuntimeEvent> journal)
    {
        var target = RandomProcessGenerator.Model(xml);
        var mapping = target.NodesById.Keys.ToDictionary(id => id, id => id);
        if (!kit.Semantics.PlanMigration(state, target, mapping).IsValid)
        {
            Assert.Contains(state.ActiveElementInstances, e => e.ArrivedFlows.Count > 0);
            return (state, state.Model);
        }

        var (migrated, events) = kit.Semantics.Migrate(state, target, mapping);
        journal.AddRange(events);
        return (migrated, target);
    }

    /// <summary>The journal is replayed in its stored form (JSON rows, as the engine writes them), not as live objects.</summary>
    private static void AssertReplayMatches(ProcessModel model, IEnumerable<RuntimeEvent> journal, ProcessInstanceState state) =>
        Assert.Equal(
            InstanceSnapshot.Write(state),
            InstanceSnapshot.Write(JournalReplay.Rebuild(model, journal.Select(e => JournalCodec.Read(JournalCodec.TypeOf(e), JournalCodec.Write(e))))));

    private static FeelValue RandomNumber(Random random) => FeelValue.Number(random.Next(100) / 100m);
}
