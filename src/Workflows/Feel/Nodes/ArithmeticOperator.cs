namespace LaiChau.Workflows.Feel.Nodes;

internal enum ArithmeticOperator : byte
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Power,
}
