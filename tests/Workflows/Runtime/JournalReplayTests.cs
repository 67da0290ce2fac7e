using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Model;
using LaiChau.Workflows.Runtime;
using static LaiChau.Workflows.Tests.Runtime.RuntimeKit;

namespace LaiChau.Workflows.Tests.Runtime;

public sealed class JournalReplayTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 240)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void RandomProcess_ReplayedJournal_EqualsTheLiveState_UntilCompleted(int seed)
    {
        var xml = new RandomProcessGenerator(seed).Generate(depth: seed % 2 == 0 ? 4 : 3);
        var model = Process(xml);
        var random = new Random(seed);
        var kit = new RuntimeKit();
        var (state, started) = kit.Semantics.Start(model, Vars(("v", RandomNumber(random))));
        var journal = new List<RuntimeEvent>(started);
        AssertReplayMatches(model, journal, state);

        for (var step = 0; state.Status == InstanceStatus.Active; step++)
        {
            Assert.True(step < 1000, $"seed {seed}: no end after 1000 steps");
            var waiting = state.ActiveElementInstances
                .Where(e => !e.IsMultiInstanceBody && model.FindNode(e.ElementId) is JobTask or UserTask or CallActivity)
                .ToList();
            Assert.True(waiting.Count > 0, $"seed {seed}: stuck at {string.Join(", ", state.ActiveElementInstances.Select(e => e.ElementId))}");
            var next = waiting[random.Next(waiting.Count)];
            var result = Vars(("v", RandomNumber(random)));
            journal.AddRange(model.FindNode(next.ElementId) is CallActivity
                ? kit.Semantics.CompleteCallActivity(state, next.Id, result)
                : kit.Semantics.CompleteWait(state, next.Id, result));
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
        Assert.Empty(journal.OfType<IncidentRaised>());
        AssertReplayMatches(model, journal, state);
    }

    [Fact]
    public void Generator_SameSeed_SameProcess_AndCoversEveryKind()
    {
        var samples = Enumerable.Range(1, 240).Select(s => new RandomProcessGenerator(s).Generate()).ToList();

        Assert.Equal(new RandomProcessGenerator(7).Generate(), new RandomProcessGenerator(7).Generate());
        foreach (var marker in new[] { "exclusiveGateway", "parallelGateway", "inclusiveGateway", "subProcess", "userTask", "serviceTask", "isSequential=\"true\"", "isSequential=\"false\"", "completionCondition", "outputCollection", "callActivity" })
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
        var model = Process(new RandomProcessGenerator(3).Generate());
        var kit = new RuntimeKit();
        var (state, journal) = kit.Semantics.Start(model, NoVars);

        var rebuilt = JournalReplay.Rebuild(model, [.. journal, .. kit.Semantics.Cancel(state)]);

        Assert.Equal(InstanceStatus.Terminated, rebuilt.Status);
        Assert.Empty(rebuilt.ActiveElementInstances);
        Assert.Equal(InstanceSnapshot.Write(state), InstanceSnapshot.Write(rebuilt));
    }

    /// <summary>Migrates onto a fresh parse of the same file with every element mapped to itself, when the plan allows it.</summary>
    private static (ProcessInstanceState, ProcessModel) MigrateToACopy(RuntimeKit kit, ProcessInstanceState state, string xml, List<RuntimeEvent> journal)
    {
        var target = Process(xml);
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
