namespace LaiChau.Workflows.Feel.Functions;

internal static class LogicFunctions
{
    /// <summary><c>not(x)</c>: negates a boolean; anything else is null.</summary>
    public static FeelValue Not(ReadOnlySpan<FeelValue> args, FeelContext _) =>
        args[0].Kind == FeelKind.Boolean ? FeelValue.Boolean(!args[0].IsTrue) : FeelValue.Null;

    /// <summary><c>get or else(value, default)</c> (Camunda extension): the default when the value is null.</summary>
    public static FeelValue GetOrElse(ReadOnlySpan<FeelValue> args, FeelContext _) => args[0].IsNull ? args[1] : args[0];
}
