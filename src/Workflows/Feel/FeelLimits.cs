namespace LaiChau.Workflows.Feel;

/// <summary>The sandbox: expressions come from process definitions, so their cost must be bounded.</summary>
public static class FeelLimits
{
    public const int MaxSourceLength = 10_000;

    /// <summary>Brackets, parentheses, calls, unary operators and if/some/every nested in one another.</summary>
    public const int MaxNesting = 64;

    /// <summary>Depth of the compiled tree (long operator chains); keeps evaluation's recursion shallow.</summary>
    public const int MaxTreeDepth = 512;

    public const int MaxSteps = 1_000_000;

    public const int MaxListLength = 100_000;

    public const int MaxStringLength = 1_000_000;
}
