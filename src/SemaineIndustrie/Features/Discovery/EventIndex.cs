using System.Text;
using SemaineIndustrie.Features.Geography;
using System.Numerics;
using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Features.Discovery;

/// The public search over the in-memory catalogue: one pass over an edition's events computes the
/// page, the total and every facet. Results are cached per catalogue version.
public sealed class EventIndex(CatalogueHolder holder, FrenchGeography geography) : IEventSearch
{
    public ValueTask<SearchResult> SearchAsync(SearchQuery query, CancellationToken ct) => ValueTask.FromResult(Search(query));

    public SearchResult Search(SearchQuery query)
    {
        var catalogue = holder.Current;
        return catalogue.Cached("search" + query.EditionId + SearchParameters.ToQueryString(query, null), () => Compute(query, catalogue));
    }

    /// The events that pass every filter, in no particular order (the map clusters them).
    public IEnumerable<IndexedEvent> Matching(SearchQuery query, CatalogueSnapshot catalogue)
    {
        var filter = new EventFilter(query, catalogue);
        return catalogue.EventsOf(query.EditionId).Where(e => filter.PassesBase(e) && filter.FailedDimensions(e) == 0);
    }

    private SearchResult Compute(SearchQuery query, CatalogueSnapshot catalogue)
    {
        var filter = new EventFilter(query, catalogue);
        var counts = new FacetCounts();
        var matches = new List<IndexedEvent>();
        foreach (var e in catalogue.EventsOf(query.EditionId))
        {
            if (!filter.PassesBase(e))
            {
                continue;
            }
            var failed = filter.FailedDimensions(e);
            if (failed == 0)
            {
                matches.Add(e);
                Count(e, counts, catalogue, Dimension.All);
            }
            else if (BitOperations.IsPow2((int)failed) && failed != Dimension.Accessibility)
            {
                Count(e, counts, catalogue, failed);
            }
        }
        var ordered = Order(matches, query, filter);
        var items = ordered.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(e => Card(e, catalogue, query.Near)).ToList();
        return new SearchResult(matches.Count, query.Page, query.PageSize, items, counts.Build(query, catalogue, geography));
    }

    private static IEnumerable<IndexedEvent> Order(List<IndexedEvent> matches, SearchQuery query, EventFilter filter) => query.Sort switch
    {
        // Events are stored in date order, so the date sort is the stored order.
        SearchSort.Date => matches,
        SearchSort.Distance when query.Near is { } near => matches
            .OrderBy(e => e.Latitude is { } lat ? Distance.SquaredKm(near, lat, e.Longitude!.Value) : double.MaxValue).ThenBy(e => e.Id),
        SearchSort.Relevance => matches.OrderByDescending(filter.Relevance).ThenBy(e => e.FirstStartsAt).ThenBy(e => e.Id),
        _ => matches,
    };

    public static EventCard Card(IndexedEvent e, CatalogueSnapshot catalogue, GeoPoint? near) => new(
        e.Id, e.Slug, e.Title, e.Summary, e.OrganisationName, catalogue.Types.Items[e.Type].Code, e.Format, e.PublicStatus,
        e.RegionCode, e.DepartmentCode, e.CommuneName, e.PostalCode, e.Latitude, e.Longitude, e.FirstStartsAt, e.LastEndsAt,
        e.Sessions.Length,
        near is not null && e.Latitude is { } lat ? Math.Round(Math.Sqrt(Distance.SquaredKm(near, lat, e.Longitude!.Value)), 1) : null);

    private static void Count(IndexedEvent e, FacetCounts counts, CatalogueSnapshot catalogue, Dimension dimensions)
    {
        if (dimensions.HasFlag(Dimension.Region))
        {
            Increment(counts.Regions, e.RegionCode);
        }
        if (dimensions.HasFlag(Dimension.Department))
        {
            Increment(counts.Departments, e.DepartmentCode);
        }
        if (dimensions.HasFlag(Dimension.Type))
        {
            Increment(counts.Types, catalogue.Types.Items[e.Type].Code);
        }
        if (dimensions.HasFlag(Dimension.Sector) && e.Sector >= 0)
        {
            Increment(counts.Sectors, catalogue.Sectors.Items[e.Sector].Code);
        }
        if (dimensions.HasFlag(Dimension.Audience))
        {
            CountBits(e.Audiences, catalogue.Audiences, counts.Audiences);
        }
        if (dimensions.HasFlag(Dimension.Theme))
        {
            CountBits(e.Themes, catalogue.Themes, counts.Themes);
        }
        if (dimensions.HasFlag(Dimension.Format))
        {
            counts.Formats[e.Format] = counts.Formats.GetValueOrDefault(e.Format) + 1;
        }
        if (dimensions == Dimension.All)
        {
            foreach (var need in EventLabels.Needs(e.Accessibility))
            {
                counts.Accessibility[need] = counts.Accessibility.GetValueOrDefault(need) + 1;
            }
        }
    }

    private static void CountBits(ulong mask, TermList list, Dictionary<string, int> counts)
    {
        while (mask != 0)
        {
            var bit = BitOperations.TrailingZeroCount(mask);
            Increment(counts, list.Items[bit].Code);
            mask &= mask - 1;
        }
    }

    private static void Increment(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}

[Flags]
internal enum Dimension
{
    None = 0,
    Region = 1,
    Department = 2,
    Type = 4,
    Audience = 8,
    Theme = 16,
    Sector = 32,
    Format = 64,
    Accessibility = 128,
    All = 255,
}

/// A search compiled for fast checks: the filters that narrow everything (text, place, area,
/// dates) and the faceted dimensions, reported separately so facet counts can leave one out.
internal sealed class EventFilter
{
    private readonly SearchQuery _query;
    private readonly string[] _words;
    private readonly byte[][] _wordBytes;
    private readonly HashSet<string>? _regions;
    private readonly HashSet<string>? _departments;
    private readonly ulong _types;
    private readonly ulong _sectors;
    private readonly ulong _audiences;
    private readonly ulong _themes;
    private readonly HashSet<EventFormat>? _formats;
    private readonly DateTime _from;
    private readonly DateTime _to;

    public EventFilter(SearchQuery query, CatalogueSnapshot catalogue)
    {
        _query = query;
        _words = query.Words.Select(w => " " + w).ToArray();
        _wordBytes = _words.Select(Encoding.UTF8.GetBytes).ToArray();
        _regions = query.Regions.Count > 0 ? query.Regions.ToHashSet(StringComparer.Ordinal) : null;
        _departments = query.Departments.Count > 0 ? query.Departments.ToHashSet(StringComparer.Ordinal) : null;
        _types = catalogue.Types.Mask(query.Types);
        _sectors = catalogue.Sectors.Mask(query.Sectors);
        _audiences = catalogue.Audiences.Mask(query.Audiences);
        _themes = catalogue.Themes.Mask(query.Themes);
        _formats = query.Formats.Count > 0 ? query.Formats.ToHashSet() : null;
        (_from, _to) = SearchDates.UtcRange(query);
    }

    public bool PassesBase(IndexedEvent e)
    {
        foreach (var word in _wordBytes)
        {
            if (e.SearchBytes.IndexOf(word) < 0)
            {
                return false;
            }
        }
        if ((_query.CommuneCode is { } commune && e.CommuneCode != commune) || (_query.PostalCode is { } postal && e.PostalCode != postal))
        {
            return false;
        }
        if (_query.Near is { } near && (e.Latitude is not { } lat || Distance.SquaredKm(near, lat, e.Longitude!.Value) > _query.RadiusKm * _query.RadiusKm))
        {
            return false;
        }
        if (_query.Box is { } box && (e.Latitude is not { } y || !box.Contains(y, e.Longitude!.Value)))
        {
            return false;
        }
        if (_query.From is null && _query.To is null)
        {
            return true;
        }
        foreach (var (start, end) in e.Sessions)
        {
            if (start < _to && end > _from)
            {
                return true;
            }
        }
        return false;
    }

    public Dimension FailedDimensions(IndexedEvent e)
    {
        var failed = Dimension.None;
        if (_regions is not null && !_regions.Contains(e.RegionCode))
        {
            failed |= Dimension.Region;
        }
        if (_departments is not null && !_departments.Contains(e.DepartmentCode))
        {
            failed |= Dimension.Department;
        }
        if (_types != 0 && (_types & (1UL << e.Type)) == 0)
        {
            failed |= Dimension.Type;
        }
        if (_sectors != 0 && (e.Sector < 0 || (_sectors & (1UL << e.Sector)) == 0))
        {
            failed |= Dimension.Sector;
        }
        if (_audiences != 0 && (_audiences & e.Audiences) == 0)
        {
            failed |= Dimension.Audience;
        }
        if (_themes != 0 && (_themes & e.Themes) == 0)
        {
            failed |= Dimension.Theme;
        }
        if (_formats is not null && !_formats.Contains(e.Format))
        {
            failed |= Dimension.Format;
        }
        if ((e.Accessibility & _query.Accessibility) != _query.Accessibility)
        {
            failed |= Dimension.Accessibility;
        }
        return failed;
    }

    /// Titles are folded only here, for the few events a text search matches, rather than kept for all.
    public int Relevance(IndexedEvent e) => SearchRelevance.Score(_words, FrenchText.Fold(e.Title), e.SearchText);
}

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
