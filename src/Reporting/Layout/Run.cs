namespace LaiChau.Reporting.Layout;

public enum TextStyle
{
    Regular,
    Bold,
    Italic,
    BoldItalic,
}

/// <summary>A piece of text in one style; a paragraph is a list of runs.</summary>
public sealed record Run(string Text, TextStyle Style = TextStyle.Regular);
