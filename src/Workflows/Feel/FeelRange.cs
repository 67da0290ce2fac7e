namespace LaiChau.Workflows.Feel;

/// <summary>
/// An interval such as <c>[1..10]</c> or <c>(0..x]</c>. A null end point means the range is open on that side
/// (used for unary tests like <c>&lt; 5</c>).
/// </summary>
public sealed record FeelRange(FeelValue Low, bool LowIncluded, FeelValue High, bool HighIncluded);
