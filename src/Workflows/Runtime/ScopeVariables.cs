using LaiChau.Workflows.Feel;

namespace LaiChau.Workflows.Runtime;

/// <summary>FEEL names seen from one scope: its own variables, then each enclosing scope up to the process scope.</summary>
internal sealed class ScopeVariables(ProcessInstanceState state, Guid scope) : IFeelVariables
{
    public bool TryGet(string name, out FeelValue value)
    {
        Guid? current = scope;
        while (current is { } key)
        {
            if (state.TryGetLocal(key, name, out value))
            {
                return true;
            }

            current = state.ParentScopeOf(key);
        }

        value = default;
        return false;
    }
}
