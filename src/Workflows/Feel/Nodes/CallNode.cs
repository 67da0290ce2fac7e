namespace LaiChau.Workflows.Feel.Nodes;

/// <summary>
/// A call to a registered function. A null result from non-null arguments is reported as a warning,
/// and an exception from a (domain) function becomes null and a warning: evaluation never fails on data.
/// </summary>
internal sealed class CallNode(int offset, FeelFunctionDefinition function, Node[] arguments) : Node(offset)
{
    public override FeelValue Evaluate(ref Evaluation ev)
    {
        ev.Step(Offset);
        var buffer = default(ArgumentBuffer);
        Span<FeelValue> args = arguments.Length <= ArgumentBuffer.Size ? buffer[..arguments.Length] : new FeelValue[arguments.Length];
        var anyNull = false;
        for (var i = 0; i < arguments.Length; i++)
        {
            args[i] = arguments[i].Evaluate(ref ev);
            anyNull |= args[i].IsNull;
        }

        var implementation = Resolve(ev.Context);
        FeelValue result;
        try
        {
            result = implementation(args, ev.Context);
        }
        catch (FeelEvaluationException)
        {
            throw;
        }
        catch (Exception e)
        {
            return ev.Warn(Offset, "function '{0}' failed: {1}", function.Name, e.Message);
        }

        if (result.Kind == FeelKind.List)
        {
            ev.CheckListLength(result.RawList.Length, Offset);
        }

        return result.IsNull && !anyNull ? ev.Warn(Offset, "function '{0}' is not defined for these arguments", function.Name) : result;
    }

    private FeelFunction Resolve(FeelContext context) =>
        context.Functions is { } registry && registry.TryGet(function.Name, out var bound) ? bound.Implementation : function.Implementation;
}
