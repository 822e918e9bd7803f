namespace SemaineIndustrie.Features.Discovery;

/// The relevance rule shared by the index and the database reference search.
public static class SearchRelevance
{
    /// Words found in the title count more than words found elsewhere; whole words more than prefixes.
    /// Each of <paramref name="spacedWords"/> starts with a space, as in the folded texts.
    public static int Score(IReadOnlyList<string> spacedWords, string foldedTitle, string searchText)
    {
        var score = 0;
        foreach (var word in spacedWords)
        {
            score += foldedTitle.Contains(word, StringComparison.Ordinal) ? 3 : 1;
            if (searchText.Contains(word + " ", StringComparison.Ordinal))
            {
                score++;
            }
        }
        return score;
    }
}

public static class SearchDates
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// The searched days, from midnight to midnight in metropolitan France, as UTC instants.
    public static (DateTime From, DateTime To) UtcRange(SearchQuery query) => (
        query.From is { } from ? TimeZoneInfo.ConvertTimeToUtc(from.ToDateTime(TimeOnly.MinValue), Paris) : DateTime.MinValue,
        query.To is { } to ? TimeZoneInfo.ConvertTimeToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue), Paris) : DateTime.MaxValue);
}
