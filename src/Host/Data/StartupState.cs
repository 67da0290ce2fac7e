namespace LaiChau.Host.Data;

/// <summary>Set once the database is migrated and seeded; read by the readiness check.</summary>
public sealed class StartupState
{
    private volatile bool _completed;

    public bool Completed => _completed;

    public void MarkCompleted() => _completed = true;
}
