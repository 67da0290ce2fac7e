namespace LaiChau.Workflows.Feel;

/// <summary>The base of every error the FEEL engine raises; it names the expression and the offset.</summary>
public class FeelException : Exception
{
    public FeelException()
        : this("FEEL error", "", 0)
    {
    }

    public FeelException(string message)
        : this(message, "", 0)
    {
    }

    public FeelException(string message, Exception innerException)
        : base(message, innerException)
    {
        Expression = "";
    }

    public FeelException(string reason, string expression, int offset)
        : base(FeelMessages.Describe(reason, expression, offset))
    {
        Expression = expression;
        Offset = offset;
    }

    /// <summary>The source of the expression concerned.</summary>
    public string Expression { get; }

    /// <summary>0-based offset into <see cref="Expression"/>.</summary>
    public int Offset { get; }
}
