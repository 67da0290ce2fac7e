namespace LaiChau.Workflows.Feel.Nodes;

internal enum ComparisonOperator : byte
{
    Equal,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
}
