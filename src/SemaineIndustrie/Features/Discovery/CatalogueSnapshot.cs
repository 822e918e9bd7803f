using System.Text;
using System.Collections.Concurrent;
using SemaineIndustrie.Features.Editions;
using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Features.Discovery;

/// One published event as the in-memory index keeps it: what search, facets, the map and the result
/// cards need, and nothing else. Its texts are kept as UTF-8, half the memory of .NET strings: with
/// 150,000 events of archive that is the difference that keeps an instance small.
public sealed class IndexedEvent
{
    private readonly byte[] _title = [];
    private readonly byte[] _slug = [];
    private readonly byte[] _summary = [];
    private readonly byte[] _searchText = [];

    public required int Id { get; init; }
    public required int EditionId { get; init; }
    public required string Title { get => Encoding.UTF8.GetString(_title); init => _title = Encoding.UTF8.GetBytes(value); }
    public required string Slug { get => Encoding.UTF8.GetString(_slug); init => _slug = Encoding.UTF8.GetBytes(value); }
    public required string Summary { get => Encoding.UTF8.GetString(_summary); init => _summary = Encoding.UTF8.GetBytes(value); }
    public required string SearchText { get => Encoding.UTF8.GetString(_searchText); init => _searchText = Encoding.UTF8.GetBytes(value); }

    /// The folded search text as stored, for word matching without decoding.
    public ReadOnlySpan<byte> SearchBytes => _searchText;
    public required string OrganisationName { get; init; }
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
    public ulong Bit(string? code) => IndexOf(code) is var i and >= 0 ? 1UL << i : 0;
    public ulong Mask(IEnumerable<string> codes) => codes.Aggregate(0UL, (mask, code) => mask | Bit(code));
}

/// An immutable picture of the public catalogue at one catalogue version. Replaced as a whole when
/// the version changes, so readers never see half an update; its result cache goes with it.
public sealed class CatalogueSnapshot
{
    private const int MaxCachedResults = 20_000;
    private readonly ConcurrentDictionary<string, object> _cache = new(StringComparer.Ordinal);

    public CatalogueSnapshot(long version, IReadOnlyList<EditionSummary> editions, IReadOnlySet<int> loadedEditions, TermList types,
        TermList audiences, TermList themes, TermList sectors, IEnumerable<IndexedEvent> events)
    {
        Version = version;
        Editions = editions.OrderByDescending(e => e.Year).ToList();
        LoadedEditions = loadedEditions;
        Types = types;
        Audiences = audiences;
        Themes = themes;
        Sectors = sectors;
        var all = events.ToList();
        ById = all.ToDictionary(e => e.Id);
        ByEdition = all.GroupBy(e => e.EditionId).ToDictionary(g => g.Key, g => g.OrderBy(e => e.FirstStartsAt).ThenBy(e => e.Id).ToArray());
    }

    public long Version { get; }

    /// The editions whose events this snapshot holds: at start-up only the current one, so the site
    /// answers at once while the archive loads; searches of another edition go to the database.
    public IReadOnlySet<int> LoadedEditions { get; }
    public bool IsComplete => Editions.All(e => LoadedEditions.Contains(e.Id));
    public bool Holds(int editionId) => LoadedEditions.Contains(editionId);
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

    public bool TryGetCached<T>(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? value) where T : class
    {
        value = _cache.TryGetValue(key, out var hit) ? hit as T : null;
        return value is not null;
    }

    public T Cached<T>(string key, Func<T> compute) where T : class
    {
        if (TryGetCached<T>(key, out var hit))
        {
            return hit;
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
