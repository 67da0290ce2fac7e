namespace LaiChau.Workflows.Feel;

/// <summary>Where an expression's names come from (the runtime passes its variable scopes).</summary>
public interface IFeelVariables
{
    bool TryGet(string name, out FeelValue value);
}
