namespace LaiChau.Reporting.Layout;

/// <summary>A measured piece of a word in one style.</summary>
internal sealed record Fragment(string Text, TextStyle Style, double Width);

/// <summary>Text between two spaces; it may change style inside (e.g. a bold number followed by a colon).</summary>
internal sealed record Word(IReadOnlyList<Fragment> Fragments)
{
    public double Width { get; } = Fragments.Sum(f => f.Width);
}

/// <summary>One line of a broken paragraph; the last line of a justified paragraph is not stretched.</summary>
internal sealed record TextLine(IReadOnlyList<Word> Words, bool IsFirst, bool IsLast);
