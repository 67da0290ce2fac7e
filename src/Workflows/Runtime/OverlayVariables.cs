using LaiChau.Workflows.Feel;

namespace LaiChau.Workflows.Runtime;

/// <summary>A few computed names (e.g. multi-instance counts) seen before the scope's own variables; never stored.</summary>
internal sealed class OverlayVariables(IReadOnlyDictionary<string, FeelValue> overlay, IFeelVariables inner) : IFeelVariables
{
    public bool TryGet(string name, out FeelValue value) =>
        overlay.TryGetValue(name, out value) || inner.TryGet(name, out value);
}
