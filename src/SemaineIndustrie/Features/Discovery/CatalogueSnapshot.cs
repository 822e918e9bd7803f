using System.Collections.Concurrent;
using SemaineIndustrie.Features.Editions;
using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Features.Discovery;

/// One published event as the in-memory index keeps it: what search, facets, the map and the result
/// cards need, and nothing else.
public sealed class IndexedEvent
{
    public required int Id { get; init; }
    public required int EditionId { get; init; }
    public required string Title { get; init; }
    public required string Slug { get; init; }
    public required string Summary { get; init; }
    public required string OrganisationName { get; init; }
    public required string SearchText { get; init; }
    public required string FoldedTitle { get; init; }
    public required int Type { get; init; }
    public required int Sector { get; init; }
    public required ulong Audiences { get; init; }
    public required ulong Themes { get; init; }
    public required EventFormat Format { get; init; }
    public required Accessibility Accessibility { get; init; }
    public required PublicStatus PublicStatus { get; init; }
    public required string RegionCode { get; init; }
    public required string DepartmentCode { get; init; }
    public string? CommuneCode { get; init; }
    public string? CommuneName { get; init; }
    public string? PostalCode { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public required DateTime FirstStartsAt { get; init; }
    public required DateTime LastEndsAt { get; init; }
    public required (DateTime Start, DateTime End)[] Sessions { get; init; }

    /// Web Mercator position in [0, 1], computed once for the map clustering.
    public double MercatorX { get; init; }
    public double MercatorY { get; init; }
}

/// An edition's list (types, audiences, themes or sectors), with each entry's bit position.
public sealed class TermList
{
    private readonly Dictionary<string, int> _positions;

    public TermList(IEnumerable<Term> terms)
    {
        Items = terms.OrderBy(t => t.Position).ThenBy(t => t.Code, StringComparer.Ordinal).ToList();
        _positions = Items.Select((t, i) => (t.Code, i)).ToDictionary(x => x.Code, x => x.i);
    }

    public IReadOnlyList<Term> Items { get; }
    public bool Contains(string code) => _positions.ContainsKey(code);
    public int IndexOf(string? code) => code is not null && _positions.TryGetValue(code, out var i) ? i : -1;
    public string Label(string? code) => IndexOf(code) is var i and >= 0 ? Items[i].Label : code ?? "";
    public ulong Mask(IEnumerable<string> codes) => codes.Aggregate(0UL, (mask, code) => IndexOf(code) is var i and >= 0 ? mask | (1UL << i) : mask);
}

/// An immutable picture of the public catalogue at one catalogue version. Replaced as a whole when
/// the version changes, so readers never see half an update; its result cache goes with it.
public sealed class CatalogueSnapshot
{
    private const int MaxCachedResults = 20_000;
    private readonly ConcurrentDictionary<string, object> _cache = new(StringComparer.Ordinal);

    public CatalogueSnapshot(long version, IReadOnlyList<EditionSummary> editions, TermList types, TermList audiences,
        TermList themes, TermList sectors, IEnumerable<IndexedEvent> events)
    {
        Version = version;
        Editions = editions.OrderByDescending(e => e.Year).ToList();
        Types = types;
        Audiences = audiences;
        Themes = themes;
        Sectors = sectors;
        var all = events.ToList();
        ById = all.ToDictionary(e => e.Id);
        ByEdition = all.GroupBy(e => e.EditionId).ToDictionary(g => g.Key, g => g.OrderBy(e => e.FirstStartsAt).ThenBy(e => e.Id).ToArray());
    }

    public long Version { get; }
    public IReadOnlyList<EditionSummary> Editions { get; }
    public EditionSummary? CurrentEdition => Editions.Count > 0 ? Editions[0] : null;
    public TermList Types { get; }
    public TermList Audiences { get; }
    public TermList Themes { get; }
    public TermList Sectors { get; }
    public IReadOnlyDictionary<int, IndexedEvent> ById { get; }

    /// Each edition's events, in date order (first session, then id).
    public IReadOnlyDictionary<int, IndexedEvent[]> ByEdition { get; }

    public int Count => ById.Count;

    public EditionSummary? EditionOfYear(int year) => Editions.FirstOrDefault(e => e.Year == year);
    public EditionSummary? Edition(int id) => Editions.FirstOrDefault(e => e.Id == id);
    public IndexedEvent[] EventsOf(int editionId) => ByEdition.TryGetValue(editionId, out var events) ? events : [];

    public T Cached<T>(string key, Func<T> compute) where T : class
    {
        if (_cache.TryGetValue(key, out var hit))
        {
            return (T)hit;
        }
        if (_cache.Count >= MaxCachedResults)
        {
            _cache.Clear();
        }
        var value = compute();
        _cache[key] = value;
        return value;
    }
}
