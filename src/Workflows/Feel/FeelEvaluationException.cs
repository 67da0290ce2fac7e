namespace LaiChau.Workflows.Feel;

/// <summary>
/// The only exception evaluation throws: a sandbox limit (steps, list or string size) was exceeded.
/// Every other problem yields null and a <see cref="FeelWarning"/>, as the DMN specification asks.
/// </summary>
public sealed class FeelEvaluationException : FeelException
{
    public FeelEvaluationException(string reason, string expression, int offset)
        : base(reason, expression, offset)
    {
    }
}
