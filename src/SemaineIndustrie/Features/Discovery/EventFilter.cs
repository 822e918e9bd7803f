using System.Text;
using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Features.Discovery;

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
    private readonly IReadOnlySet<int>? _fullEvents;

    public EventFilter(SearchQuery query, CatalogueSnapshot catalogue, IReadOnlySet<int> fullEvents)
    {
        _query = query;
        _fullEvents = query.SeatsAvailable ? fullEvents : null;
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
        if (_fullEvents is not null && _fullEvents.Contains(e.Id))
        {
            return false;
        }
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
