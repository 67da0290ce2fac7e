namespace LaiChau.Workflows.Model;

/// <summary>One <c>zeebe:input</c> or <c>zeebe:output</c>: a source (literal or <c>=</c> expression) copied to a target variable.</summary>
public sealed record VariableMapping(string Source, string Target);

/// <summary>The <c>zeebe:ioMapping</c> of a node: inputs create local variables, outputs write back to the parent scope.</summary>
public sealed record IoMapping(IReadOnlyList<VariableMapping> Inputs, IReadOnlyList<VariableMapping> Outputs)
{
    public static IoMapping Empty { get; } = new([], []);
}
