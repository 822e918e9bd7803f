namespace SemaineIndustrie.Features.Statistics;

/// A horizontal bar chart drawn by the server: one bar per line of the table it stands beside.
public sealed record BarChart(string Id, string Title, string TableCaption, IReadOnlyList<BarChart.Bar> Bars)
{
    public sealed record Bar(string Label, int Value, bool Muted = false);

    public const int Width = 640;
    public const int LabelWidth = 100;
    public const int RowHeight = 26;

    public int Height => (Bars.Count * RowHeight) + 8;

    /// The bar's length, the longest one taking the width left after the label and the figure.
    public double Length(int value) => Bars.Max(b => b.Value) is var max and > 0 ? (Width - LabelWidth - 90) * value / (double)max : 0;
}
