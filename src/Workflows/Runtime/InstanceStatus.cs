namespace LaiChau.Workflows.Runtime;

public enum InstanceStatus
{
    Active,
    Completed,
    Terminated,
}

public enum ElementInstanceState
{
    Active,
    Completed,
    Terminated,
}
