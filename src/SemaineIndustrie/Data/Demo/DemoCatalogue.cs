using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Editions;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Geography;
using SemaineIndustrie.Features.Organisations;

namespace SemaineIndustrie.Data.Demo;

/// Generates a plausible programme: events spread over the 18 regions in proportion to the 2022
/// regional figures, in real communes, by organisers of every kind, every session inside the
/// edition's window. Deterministic for a given seed so tests and benchmarks can rely on it.
public sealed partial class DemoCatalogue
{
    /// Labelled events per region in 2022 (SPEC §2); Corse and Mayotte, absent from that list, get a few.
    private static readonly Dictionary<string, int> RegionWeights = new()
    {
        ["84"] = 565, ["76"] = 406, ["44"] = 356, ["32"] = 348, ["28"] = 318, ["27"] = 263, ["11"] = 260, ["52"] = 254,
        ["75"] = 195, ["93"] = 191, ["24"] = 152, ["53"] = 69, ["04"] = 65, ["03"] = 9, ["01"] = 7, ["02"] = 4, ["94"] = 12, ["06"] = 3,
    };

    private readonly Random _random;
    private readonly FrenchGeography _geography;
    private readonly DemoOptions _options;
    private readonly List<(string Code, double Weight)> _regions;
    private readonly Dictionary<string, (Commune[] Communes, double[] Cumulative)> _communesByRegion;
    private readonly List<Term> _terms;
    private int _nextOrganisationId = 1;
    private int _nextEventId = 1;
    private int _nextSessionId = 1;

    public DemoCatalogue(FrenchGeography geography, IEnumerable<Term> terms, DemoOptions options)
    {
        _random = new Random(options.Seed);
        _geography = geography;
        _options = options;
        _terms = terms.ToList();
        var total = (double)RegionWeights.Values.Sum();
        _regions = RegionWeights.Select(r => (r.Key, r.Value / total)).ToList();
        _communesByRegion = geography.Communes
            .Where(c => c.Population >= 800)
            .GroupBy(c => c.RegionCode)
            .ToDictionary(g => g.Key, g =>
            {
                var communes = g.OrderBy(c => c.Code, StringComparer.Ordinal).ToArray();
                var cumulative = new double[communes.Length];
                var sum = 0.0;
                for (var i = 0; i < communes.Length; i++)
                {
                    sum += Math.Pow(communes[i].Population, 0.6);
                    cumulative[i] = sum;
                }
                return (communes, cumulative);
            });
    }

    public List<Organisation> Organisations { get; } = [];
    public List<Event> Events { get; } = [];

    /// Generates the events of one edition; ids are assigned here so the writer can insert in bulk.
    public void AddEdition(Edition edition, int labelledEvents, bool withPendingRequests, int? pendingRequests = null)
    {
        var organisers = new List<(Organisation Organisation, Commune Commune, string? Sector)>();
        var pending = withPendingRequests ? pendingRequests ?? labelledEvents / 12 : 0;
        for (var i = 0; i < labelledEvents + pending; i++)
        {
            var region = PickRegion();
            (Organisation Organisation, Commune Commune, string? Sector) organiser;
            var sameRegion = organisers.Where(o => o.Commune.RegionCode == region).ToList();
            if (sameRegion.Count > 3 && _random.NextDouble() < 0.35)
            {
                organiser = sameRegion[_random.Next(sameRegion.Count)];
            }
            else
            {
                organiser = NewOrganisation(PickCommune(region), edition);
                organisers.Add(organiser);
            }
            var status = i < labelledEvents ? EventStatus.Labelled
                : pendingRequests is not null ? EventStatus.Submitted
                : Pick(EventStatus.Submitted, EventStatus.Draft, EventStatus.Rejected, EventStatus.ChangesRequested);
            Events.Add(NewEvent(edition, organiser, status));
        }
    }

    private string PickRegion()
    {
        var x = _random.NextDouble();
        foreach (var (code, weight) in _regions)
        {
            x -= weight;
            if (x <= 0)
            {
                return code;
            }
        }
        return _regions[^1].Code;
    }

    private Commune PickCommune(string region)
    {
        var (communes, cumulative) = _communesByRegion[region];
        var index = Array.BinarySearch(cumulative, _random.NextDouble() * cumulative[^1]);
        return communes[Math.Clamp(index < 0 ? ~index : index, 0, communes.Length - 1)];
    }

    private T Pick<T>(params T[] values) => values[_random.Next(values.Length)];

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private List<string> Codes(TermKind kind) => _terms.Where(t => t.Kind == kind).OrderBy(t => t.Position).Select(t => t.Code).ToList();

    private string Label(TermKind kind, string code) => _terms.First(t => t.Kind == kind && t.Code == code).Label;

    private static DateTime Utc(DateOnly day, int hour, int minute, string timeZone) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(hour, minute)), TimeZoneInfo.FindSystemTimeZoneById(timeZone));

    private static string SearchTextOf(Event e, string organisation) =>
        FrenchText.Fold(string.Join(' ', e.Title, e.Summary, organisation, e.Place.CommuneName, e.Place.PostalCode));
}
