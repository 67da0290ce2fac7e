using System.Runtime.CompilerServices;

namespace LaiChau.Workflows.Feel.Nodes;

/// <summary>Arguments of a call live on the stack, so calling a function does not allocate an array.</summary>
[InlineArray(Size)]
internal struct ArgumentBuffer
{
    public const int Size = 8;

    private FeelValue _first;
}
