namespace LaiChau.Workflows.Feel;

/// <summary>A registered function with the number of arguments it accepts (checked when parsing).</summary>
internal sealed record FeelFunctionDefinition(string Name, int MinArgs, int MaxArgs, FeelFunction Implementation);
