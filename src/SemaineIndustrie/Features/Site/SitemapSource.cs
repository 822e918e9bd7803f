namespace SemaineIndustrie.Features.Site;

/// One public page for sitemap.xml: its path from the site root ("/presse/mon-communique") and when it last changed.
public sealed record SitemapEntry(string Path, DateTime? LastModifiedUtc = null);

/// A feature that has public pages lists them here; sitemap.xml gathers every registered source.
/// Only published, public pages: never drafts, back-office pages or personal links.
public interface ISitemapSource
{
    IAsyncEnumerable<SitemapEntry> EntriesAsync(CancellationToken ct);
}
