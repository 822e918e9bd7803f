namespace SemaineIndustrie.Features.Discovery;

/// A result card with the labels it shows.
public sealed record EventCardView(EventCard Card, string TypeLabel, string RegionName, string TimeZone);

/// Page links of a result list; <see cref="Url"/> gives the link of a page number.
public sealed record PaginationView(int Page, int PageCount, Func<int, string> Url)
{
    /// The first, last and nearby pages, with null where a gap is shown.
    public IEnumerable<int?> Pages()
    {
        var shown = new SortedSet<int> { 1, PageCount };
        for (var p = Math.Max(1, Page - 2); p <= Math.Min(PageCount, Page + 2); p++)
        {
            shown.Add(p);
        }
        var previous = 0;
        foreach (var p in shown)
        {
            if (p > previous + 1)
            {
                yield return null;
            }
            yield return p;
            previous = p;
        }
    }
}
