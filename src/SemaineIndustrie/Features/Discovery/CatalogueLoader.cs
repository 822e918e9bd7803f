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

/// Reads every labelled event of every edition from the database into a snapshot, one edition at a
/// time (three plain queries each) so the memory needed while loading stays that of one edition.
/// Strings that repeat across events (organisers, communes, codes) are stored once.
public static class CatalogueLoader
{
    /// Loads every edition, or only the current one when <paramref name="currentOnly"/> (start-up).
    public static async Task<CatalogueSnapshot> LoadAsync(AppDbContext db, bool currentOnly, CancellationToken ct)
    {
        var version = await db.CatalogueVersionAsync(ct);
        var editions = await db.Editions.AsNoTracking().Summaries().ToListAsync(ct);
        var terms = await db.Terms.AsNoTracking().ToListAsync(ct);
        TermList List(TermKind kind) => new(terms.Where(t => t.Kind == kind));
        var lists = new Lists(List(TermKind.Type), List(TermKind.Audience), List(TermKind.Theme), List(TermKind.Sector));
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        var events = new List<IndexedEvent>();
        var loaded = currentOnly ? editions.OrderByDescending(e => e.Year).Take(1).ToList() : editions;
        foreach (var edition in loaded)
        {
            await LoadEditionAsync(db, edition.Id, lists, pool, events, ct);
        }
        return new CatalogueSnapshot(version, editions, loaded.Select(e => e.Id).ToHashSet(), lists.Types, lists.Audiences, lists.Themes, lists.Sectors, events);
    }

    private sealed record Lists(TermList Types, TermList Audiences, TermList Themes, TermList Sectors);

    private static async Task LoadEditionAsync(AppDbContext db, int editionId, Lists lists, Dictionary<string, string> pool,
        List<IndexedEvent> events, CancellationToken ct)
    {
        var published = db.Events.Where(e => e.Status == EventStatus.Labelled && e.EditionId == editionId);
        var sessions = (await db.Sessions.AsNoTracking()
                .Join(published, s => s.EventId, e => e.Id, (s, _) => new { s.EventId, s.StartsAt, s.EndsAt })
                .ToListAsync(ct))
            .GroupBy(s => s.EventId)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.StartsAt).Select(s => (s.StartsAt, s.EndsAt)).ToArray());
        var masks = new Dictionary<int, (ulong Audiences, ulong Themes)>();
        await foreach (var t in db.EventTerms.AsNoTracking()
                           .Join(published, t => t.EventId, e => e.Id, (t, _) => new { t.EventId, t.Kind, t.Code })
                           .AsAsyncEnumerable().WithCancellation(ct))
        {
            var (audiences, themes) = masks.GetValueOrDefault(t.EventId);
            masks[t.EventId] = t.Kind == TermKind.Audience
                ? (audiences | lists.Audiences.Bit(t.Code), themes)
                : (audiences, themes | lists.Themes.Bit(t.Code));
        }
        string? Pooled(string? value) => value is null ? null : pool.TryGetValue(value, out var same) ? same : pool[value] = value;

        await foreach (var r in published.AsNoTracking()
                           .Select(e => new
                           {
                               e.Id, e.EditionId, e.Title, e.Slug, e.Summary, Organisation = e.Organisation!.Name, e.SearchText, e.TypeCode,
                               e.SectorCode, e.Format, e.Accessibility, e.PublicStatus, e.Place.RegionCode, e.Place.DepartmentCode,
                               e.Place.CommuneCode, e.Place.CommuneName, e.Place.PostalCode, e.Place.Latitude, e.Place.Longitude,
                               e.FirstStartsAt, e.LastEndsAt,
                           })
                           .AsAsyncEnumerable().WithCancellation(ct))
        {
            var (audienceMask, themeMask) = masks.GetValueOrDefault(r.Id);
            var (x, y) = r.Latitude is { } lat ? WebMercator.Project(lat, r.Longitude!.Value) : (0, 0);
            events.Add(new IndexedEvent
            {
                Id = r.Id, EditionId = r.EditionId, Title = r.Title, Slug = r.Slug, Summary = r.Summary, OrganisationName = Pooled(r.Organisation)!,
                SearchText = r.SearchText, Type = Math.Max(0, lists.Types.IndexOf(r.TypeCode)), Sector = lists.Sectors.IndexOf(r.SectorCode),
                Audiences = audienceMask, Themes = themeMask, Format = r.Format, Accessibility = r.Accessibility, PublicStatus = r.PublicStatus,
                RegionCode = Pooled(r.RegionCode)!, DepartmentCode = Pooled(r.DepartmentCode)!, CommuneCode = Pooled(r.CommuneCode),
                CommuneName = Pooled(r.CommuneName), PostalCode = Pooled(r.PostalCode), Latitude = r.Latitude, Longitude = r.Longitude,
                FirstStartsAt = r.FirstStartsAt, LastEndsAt = r.LastEndsAt, Sessions = sessions.GetValueOrDefault(r.Id) ?? [],
                MercatorX = x, MercatorY = y,
            });
        }
    }
}
