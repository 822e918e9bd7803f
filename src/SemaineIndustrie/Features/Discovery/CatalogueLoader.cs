using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Editions;
using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Features.Discovery;

/// Holds the catalogue snapshot every request reads; swapped whole when the catalogue changes.
public sealed class CatalogueHolder
{
    private CatalogueSnapshot? _current;

    public CatalogueSnapshot Current => Volatile.Read(ref _current)
        ?? throw new InvalidOperationException("The catalogue is not loaded yet: call LoadCatalogueAsync at start-up.");

    public bool IsLoaded => Volatile.Read(ref _current) is not null;

    public void Replace(CatalogueSnapshot snapshot) => Volatile.Write(ref _current, snapshot);
}

/// Reads every labelled event of every edition from the database into a snapshot, in four plain
/// queries (events, sessions, audiences and themes, lists) rather than one wide join.
public static class CatalogueLoader
{
    public static async Task<CatalogueSnapshot> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var version = await db.CatalogueVersionAsync(ct);
        var editions = await db.Editions.AsNoTracking().Summaries().ToListAsync(ct);
        var terms = await db.Terms.AsNoTracking().ToListAsync(ct);
        TermList List(TermKind kind) => new(terms.Where(t => t.Kind == kind));
        var (types, audiences, themes, sectors) = (List(TermKind.Type), List(TermKind.Audience), List(TermKind.Theme), List(TermKind.Sector));

        var published = db.Events.Where(e => e.Status == EventStatus.Labelled);
        var sessions = (await db.Sessions.AsNoTracking()
                .Where(s => published.Any(e => e.Id == s.EventId))
                .Select(s => new { s.EventId, s.StartsAt, s.EndsAt })
                .ToListAsync(ct))
            .GroupBy(s => s.EventId)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.StartsAt).Select(s => (s.StartsAt, s.EndsAt)).ToArray());
        var eventTerms = (await db.EventTerms.AsNoTracking()
                .Where(t => published.Any(e => e.Id == t.EventId))
                .Select(t => new { t.EventId, t.Kind, t.Code })
                .ToListAsync(ct))
            .GroupBy(t => t.EventId)
            .ToDictionary(g => g.Key, g => (
                Audiences: audiences.Mask(g.Where(t => t.Kind == TermKind.Audience).Select(t => t.Code)),
                Themes: themes.Mask(g.Where(t => t.Kind == TermKind.Theme).Select(t => t.Code))));

        var rows = await published.AsNoTracking()
            .Select(e => new
            {
                e.Id, e.EditionId, e.Title, e.Slug, e.Summary, Organisation = e.Organisation!.Name, e.SearchText, e.TypeCode, e.SectorCode,
                e.Format, e.Accessibility, e.PublicStatus, e.Place.RegionCode, e.Place.DepartmentCode, e.Place.CommuneCode,
                e.Place.CommuneName, e.Place.PostalCode, e.Place.Latitude, e.Place.Longitude, e.FirstStartsAt, e.LastEndsAt,
            })
            .ToListAsync(ct);

        var events = rows.Select(r =>
        {
            var (audienceMask, themeMask) = eventTerms.GetValueOrDefault(r.Id);
            var (x, y) = r.Latitude is { } lat ? WebMercator.Project(lat, r.Longitude!.Value) : (0, 0);
            return new IndexedEvent
            {
                Id = r.Id, EditionId = r.EditionId, Title = r.Title, Slug = r.Slug, Summary = r.Summary, OrganisationName = r.Organisation,
                SearchText = r.SearchText, FoldedTitle = FrenchText.Fold(r.Title), Type = Math.Max(0, types.IndexOf(r.TypeCode)),
                Sector = sectors.IndexOf(r.SectorCode), Audiences = audienceMask, Themes = themeMask, Format = r.Format,
                Accessibility = r.Accessibility, PublicStatus = r.PublicStatus, RegionCode = r.RegionCode, DepartmentCode = r.DepartmentCode,
                CommuneCode = r.CommuneCode, CommuneName = r.CommuneName, PostalCode = r.PostalCode, Latitude = r.Latitude, Longitude = r.Longitude,
                FirstStartsAt = r.FirstStartsAt, LastEndsAt = r.LastEndsAt, Sessions = sessions.GetValueOrDefault(r.Id) ?? [],
                MercatorX = x, MercatorY = y,
            };
        });
        return new CatalogueSnapshot(version, editions, types, audiences, themes, sectors, events);
    }
}
