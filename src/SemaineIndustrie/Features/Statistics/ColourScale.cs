namespace SemaineIndustrie.Features.Statistics;

/// How the map colours a count: five classes of equal width on round bounds (1 à 200, 201 à 400…),
/// from the lightest blue to the darkest, and grey for no event at all. The legend lists the same
/// classes. Each fill comes with the text colour that keeps a 4.5:1 contrast on it.
public sealed class ColourScale
{
    public sealed record Shade(int From, int To, string Fill, string Text);

    private static readonly (string Fill, string Text)[] Blues =
        [("#e3e3fd", "#161616"), ("#b1b1f9", "#161616"), ("#8585f6", "#161616"), ("#3b3bde", "#ffffff"), ("#000091", "#ffffff")];

    public ColourScale(int max)
    {
        var width = RoundUp(Math.Max(1, (max + Blues.Length - 1) / Blues.Length));
        Shades = [new Shade(0, 0, "#f6f6f6", "#161616"), .. Blues.Select((b, i) => new Shade((i * width) + 1, (i + 1) * width, b.Fill, b.Text))];
    }

    /// The grey of « aucun événement » first, then the blues.
    public IReadOnlyList<Shade> Shades { get; }

    public Shade For(int events) => events <= 0 ? Shades[0] : Shades.Skip(1).FirstOrDefault(s => events <= s.To) ?? Shades[^1];

    /// 1, 2 or 5 times a power of ten, at least the value: bounds people read at a glance.
    private static int RoundUp(int value)
    {
        for (var power = 1; ; power *= 10)
        {
            foreach (var step in new[] { 1, 2, 5 })
            {
                if (step * power >= value)
                {
                    return step * power;
                }
            }
        }
    }
}
