using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Runtime;

namespace LaiChau.Workflows.Engine;

internal static class VisibleVariables
{
    /// <summary>What an element instance sees: its locals, then each enclosing scope's (inner names hide outer ones).</summary>
    public static Dictionary<string, FeelValue> Of(ProcessInstanceState state, Guid elementInstanceId)
    {
        var result = new Dictionary<string, FeelValue>(StringComparer.Ordinal);
        Guid? scope = elementInstanceId;
        while (scope is { } key)
        {
            foreach (var (name, value) in state.VariablesOf(key))
            {
                result.TryAdd(name, value);
            }

            scope = key == state.Id ? null : state.FindElementInstance(key)?.ScopeId ?? state.Id;
        }

        return result;
    }
}
