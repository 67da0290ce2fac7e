namespace LaiChau.Reporting.Layout;

/// <summary>
/// A table across the content width. Column widths are relative; header rows are bold, centred and repeated at the
/// top of every page the table continues on.
/// </summary>
public sealed record Table(IReadOnlyList<double> ColumnWidths)
{
    public IReadOnlyList<IReadOnlyList<string>> HeaderRows { get; init; } = [];
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; init; } = [];

    /// <summary>Alignment per column for body rows; left when missing.</summary>
    public IReadOnlyList<Alignment> Alignments { get; init; } = [];

    public double FontSize { get; init; } = 11;
    public double Padding { get; init; } = 3;
}
