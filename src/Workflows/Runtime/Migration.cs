namespace LaiChau.Workflows.Runtime;

/// <summary>Why an instance cannot be migrated: the element instance and element concerned (empty for the mapping or instance as a whole).</summary>
public sealed record MigrationError(Guid? ElementInstanceId, string? ElementId, string Message)
{
    public override string ToString() => ElementId is null ? Message : $"'{ElementId}' ({ElementInstanceId}): {Message}";
}

/// <summary>The outcome of <see cref="Semantics.PlanMigration"/>: migration is allowed only without errors.</summary>
public sealed record MigrationPlan(IReadOnlyList<MigrationError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>The migrated instance (a new state on the target model, same ids and variables) and its events.</summary>
public sealed record MigratedInstance(ProcessInstanceState State, IReadOnlyList<RuntimeEvent> Events);

/// <summary>An instance that <see cref="Semantics.Migrate"/> refused; <see cref="Errors"/> says why.</summary>
public sealed class MigrationRefusedException(IReadOnlyList<MigrationError> errors)
    : InvalidOperationException("The instance cannot be migrated: " + string.Join("; ", errors))
{
    public IReadOnlyList<MigrationError> Errors { get; } = errors;
}
