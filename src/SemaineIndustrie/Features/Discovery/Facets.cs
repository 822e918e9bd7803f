using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Geography;

namespace SemaineIndustrie.Features.Discovery;

/// Raw facet counts by code, filled by either search implementation and turned into the same lists.
public sealed class FacetCounts
{
    public Dictionary<string, int> Regions { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> Departments { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> Types { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> Audiences { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> Themes { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> Sectors { get; } = new(StringComparer.Ordinal);
    public Dictionary<EventFormat, int> Formats { get; } = [];
    public Dictionary<Accessibility, int> Accessibility { get; } = [];

    /// Lists each value that matches at least one event or is selected, in the order visitors expect:
    /// regions by name, departments by code, lists in their edition order.
    public Facets Build(SearchQuery query, CatalogueSnapshot catalogue, FrenchGeography geography)
    {
        static List<FacetValue> List(IEnumerable<(string Code, string Label)> values, Dictionary<string, int> counts, IReadOnlyList<string> selected) =>
            values.Select(v => new FacetValue(v.Code, v.Label, counts.GetValueOrDefault(v.Code)))
                .Where(v => v.Count > 0 || selected.Contains(v.Code))
                .ToList();
        static IEnumerable<(string, string)> Terms(TermList list) => list.Items.Select(t => (t.Code, t.Label));

        return new Facets(
            List(geography.Regions.Select(r => (r.Code, r.Name)), Regions, query.Regions),
            List(geography.Departments.Select(d => (d.Code, $"{d.Code} – {d.Name}")), Departments, query.Departments),
            List(Terms(catalogue.Types), Types, query.Types),
            List(Terms(catalogue.Audiences), Audiences, query.Audiences),
            List(Terms(catalogue.Themes), Themes, query.Themes),
            List(Terms(catalogue.Sectors), Sectors, query.Sectors),
            List(SearchParameters.FormatCodes.Select(f => (f.Value, EventLabels.Format(f.Key))),
                Formats.ToDictionary(f => SearchParameters.FormatCodes[f.Key], f => f.Value),
                query.Formats.Select(f => SearchParameters.FormatCodes[f]).ToList()),
            List(SearchParameters.AccessibilityCodes.Select(a => (a.Value, EventLabels.Accessibility(a.Key))),
                Accessibility.ToDictionary(a => SearchParameters.AccessibilityCodes[a.Key], a => a.Value),
                SearchParameters.AccessibilityCodes.Where(a => query.Accessibility.HasFlag(a.Key)).Select(a => a.Value).ToList()));
    }
}
