namespace SearchEngine.Web.Search;

/// <summary>
/// A label under the date histogram. Row 0 names bars (years, or months, or days) under their middle; row 1 names
/// the period a run of bars belongs to (the year of months, the month of days) from its first bar.
/// </summary>
/// <param name="Bucket">The bar it names (row 1: the period's first bar).</param>
/// <param name="At">Where it stands, as a fraction of the chart's width.</param>
/// <param name="Anchor">SVG <c>text-anchor</c>: <c>start</c>, <c>middle</c> or <c>end</c>.</param>
public sealed record AxisLabel(int Row, int Bucket, double At, string Text, string Anchor);
