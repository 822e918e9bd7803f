using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Editions;
using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Features.Site;

/// The home page, the search, the personal data page, and one search page per past
/// edition: the way in to the archive without listing its events.
public sealed class PublicPagesSitemapSource(CatalogueHolder catalogue) : ISitemapSource
{
    public IAsyncEnumerable<SitemapEntry> EntriesAsync(CancellationToken ct) => Entries().ToAsyncEnumerable();

    private IEnumerable<SitemapEntry> Entries()
    {
        yield return new("/");
        yield return new("/evenements");
        yield return new("/donnees-personnelles");
        var snapshot = catalogue.Current;
        foreach (var edition in snapshot.Editions.Where(e => e.Id != snapshot.CurrentEdition?.Id))
        {
            yield return new($"/evenements?{SearchParameters.Edition}={edition.Year}");
        }
    }
}

/// Every labelled event of the current edition. Past editions' event pages stay online but are
/// left out: 150,000 pages of events already held would spend the crawlers' time on what nobody can
/// attend any more, while this edition's ~10,000 fit in one sitemap file and change every day.
public sealed class EventsSitemapSource(AppDbContext db) : ISitemapSource
{
    public async IAsyncEnumerable<SitemapEntry> EntriesAsync([EnumeratorCancellation] CancellationToken ct)
    {
        if (await db.CurrentAsync(ct) is not { } current)
        {
            yield break;
        }
        var events = db.Events.AsNoTracking().Labelled().Where(e => e.EditionId == current.Id)
            .OrderBy(e => e.Id).Select(e => new { e.Id, e.Slug, e.UpdatedAt });
        await foreach (var e in events.AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return new(EventUrls.Page(e.Id, e.Slug), e.UpdatedAt);
        }
    }
}
