using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>
/// What the collaborators of one run (<see cref="InclusiveJoins"/>, <see cref="CallActivities"/>, <see cref="TimerSchedule"/>;
/// one per element kind, as Zeebe gives each its processor) may ask of the <see cref="Execution"/> they belong to:
/// the instance, its expressions, the clock and ids, and the few moves only the agenda makes.
/// </summary>
internal interface IAgenda
{
    ProcessInstanceState State { get; }

    Expressions Expressions { get; }

    DateTimeOffset Now { get; }

    Guid NewId();

    /// <summary>Adds an event to the run's output (the journal's next entry).</summary>
    void Emit(RuntimeEvent e);

    /// <summary>The element's token stays; the step being run is recorded for a retry.</summary>
    void RaiseIncident(ElementInstance element, string reason);

    /// <summary>A gateway takes the flows it chooses; false when it raised an incident instead (no flow, a failing condition).</summary>
    bool TryCompleteGateway(ElementInstance element, Gateway gateway);
}
