using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Geography;
using SemaineIndustrie.Features.Shared;
using SemaineIndustrie.Features.Site;
using SemaineIndustrie.Web;

namespace SemaineIndustrie.Features.Events;

[OutputCache(PolicyName = WebSetup.CataloguePagePolicy)]
public sealed class DetailsModel(AppDbContext db, CatalogueHolder catalogue, FrenchGeography geography, IConfiguration configuration, PublicSite site)
    : PageModel
{
    public EventDetails Event { get; private set; } = null!;
    public string AbsoluteUrl { get; private set; } = "";
    public string? ImageUrl { get; private set; }
    public TimeZoneInfo TimeZone { get; private set; } = TimeZoneInfo.Utc;
    public bool ShowsOverseasTime { get; private set; }
    public string TypeLabel { get; private set; } = "";
    public string? SectorLabel { get; private set; }
    public IReadOnlyList<string> AudienceLabels { get; private set; } = [];
    public IReadOnlyList<string> ThemeLabels { get; private set; } = [];
    public string? RegionName { get; private set; }
    public string? DepartmentName { get; private set; }
    public IReadOnlyList<string[]> Paragraphs { get; private set; } = [];
    public string JsonLd { get; private set; } = "";
    public ShareLinks Share { get; private set; } = null!;
    public IReadOnlyList<NearbyEvent> Nearby { get; private set; } = [];
    public string EventsListUrl { get; private set; } = "/evenements";

    public string TileUrl => configuration["Map:TileUrl"] ?? "";
    public string TileAttribution => configuration["Map:TileAttribution"] ?? "";
    public bool HasMap => Event.IsOnSite && Event.Place is { Latitude: not null, Longitude: not null };
    public string? Website => SafeLinks.Http(Event.OrganisationWebsite);
    public string? RegistrationLink => SafeLinks.Http(Event.RegistrationUrl);
    public string? OnlineLink => SafeLinks.Http(Event.OnlineUrl);

    public async Task<IActionResult> OnGetAsync(string reference)
    {
        if (!EventReference.TryParseId(reference, out var id))
        {
            return NotFound();
        }
        var details = await db.Events.AsNoTracking().Labelled().Where(e => e.Id == id).Details()
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (details is null)
        {
            return NotFound();
        }
        if (!string.Equals(reference, EventReference.Of(details.Id, details.Slug), StringComparison.Ordinal))
        {
            return RedirectPermanent(EventUrls.Page(details.Id, details.Slug));
        }
        Show(details, catalogue.Current);
        var imageUpdatedAt = await db.EventImages.Where(i => i.EventId == id).Select(i => (DateTime?)i.UpdatedAt).FirstOrDefaultAsync(HttpContext.RequestAborted);
        ImageUrl = imageUpdatedAt is { } at ? EventUrls.Image(id, at) : null;
        return Page();
    }

    private void Show(EventDetails details, CatalogueSnapshot snapshot)
    {
        Event = details;
        AbsoluteUrl = site.Url(EventUrls.Page(details.Id, details.Slug));
        var timeZoneId = geography.TimeZoneOf(details.Place.RegionCode);
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        ShowsOverseasTime = timeZoneId != "Europe/Paris";
        RegionName = geography.Region(details.Place.RegionCode)?.Name;
        DepartmentName = geography.Department(details.Place.DepartmentCode)?.Name;
        Paragraphs = PlainText.Paragraphs(details.Description);
        Share = ShareLinks.For(AbsoluteUrl, details.Title, details.Summary);
        JsonLd = EventJsonLd.Build(details, AbsoluteUrl, RegionName, TimeZone);
        DescribeTerms(snapshot);
        if (snapshot.CurrentEdition?.Id != details.EditionId)
        {
            EventsListUrl = $"/evenements?{SearchParameters.Edition}={details.EditionYear}";
        }
        if (details.IsOnSite && details.Place is { Latitude: { } lat, Longitude: { } lon })
        {
            Nearby = NearbyEvents.Around(snapshot, details.EditionId, details.Id, new GeoPoint(lat, lon));
        }
    }

    public string Slot(SessionSlot session) => FrenchFormat.Slot(session.StartsAt, session.EndsAt, TimeZone);

    public string LocalIso(DateTime utc) =>
        TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), TimeZone).ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture);

    public string NearbyDate(NearbyEvent nearby) =>
        FrenchFormat.DayDate(DateOnly.FromDateTime(FrenchFormat.ToLocal(nearby.FirstStartsAt,
            TimeZoneInfo.FindSystemTimeZoneById(geography.TimeZoneOf(nearby.RegionCode)))));

    private void DescribeTerms(CatalogueSnapshot snapshot)
    {
        TypeLabel = snapshot.Types.Label(Event.TypeCode);
        SectorLabel = Event.SectorCode is null ? null : snapshot.Sectors.Label(Event.SectorCode);
        AudienceLabels = Labels(snapshot.Audiences, Event.Audiences);
        ThemeLabels = Labels(snapshot.Themes, Event.Themes);
    }

    private static List<string> Labels(TermList list, IEnumerable<string> codes) =>
        codes.OrderBy(list.IndexOf).ThenBy(c => c, StringComparer.Ordinal).Select(list.Label).ToList();
}
