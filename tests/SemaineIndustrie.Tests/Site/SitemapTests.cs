using System.IO.Compression;
using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Site;

namespace SemaineIndustrie.Tests.Site;

public abstract class SitemapTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    private static readonly XNamespace Ns = Sitemap.Namespace;

    [Fact]
    public async Task The_sitemap_lists_every_labelled_event_of_the_current_edition_at_absolute_urls_of_the_public_address()
    {
        var response = await app.CreateClient().GetAsync("/sitemap.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var sitemap = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Ns + "urlset", sitemap.Root!.Name);
        var urls = sitemap.Root.Elements(Ns + "url").ToList();
        var locations = urls.Select(u => u.Element(Ns + "loc")!.Value).ToList();

        Assert.All(locations, l => Assert.StartsWith(SiteTesting.BaseUrl + "/", l, StringComparison.Ordinal));
        Assert.Equal(locations.Count, locations.Distinct().Count());
        Assert.All(urls.Select(u => u.Element(Ns + "lastmod")?.Value).OfType<string>(), d => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", d));
        var editionId = app.Catalogue.CurrentEdition!.Id;
        var events = await app.QueryAsync(db => db.Events.Labelled().Where(e => e.EditionId == editionId).Select(e => new { e.Id, e.Slug }).ToListAsync());
        Assert.Equal(events.Select(e => SiteTesting.BaseUrl + EventUrls.Page(e.Id, e.Slug)).Order(), locations.Where(l => l.Contains("/evenements/", StringComparison.Ordinal)).Order());
        foreach (var page in new[] { "/", "/evenements", "/statistiques", "/donnees-personnelles", "/evenements?edition=2024", SiteTesting.ExtraPage })
        {
            Assert.Contains(SiteTesting.BaseUrl + page, locations);
        }
        Assert.DoesNotContain(locations, l => RobotsRules.IsPrivate(new PathString(new Uri(l).AbsolutePath)));
    }

    [Fact]
    public async Task The_sitemap_comes_compressed_to_crawlers_that_accept_gzip()
    {
        var client = app.CreateClient();
        var plain = await client.GetByteArrayAsync("/sitemap.xml");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sitemap.xml");
        request.Headers.AcceptEncoding.ParseAdd("gzip, br");
        var response = await client.SendAsync(request);

        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        Assert.True(compressed.Length * 4 < plain.Length);
        using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var unpacked = new MemoryStream();
        await gzip.CopyToAsync(unpacked);
        Assert.Equal(plain, unpacked.ToArray());
    }

    [Fact]
    public async Task The_sitemap_is_rebuilt_when_the_catalogue_version_moves()
    {
        var editionId = app.Catalogue.CurrentEdition!.Id;
        var e = await app.QueryAsync(db => db.Events.Labelled().Where(x => x.EditionId == editionId).OrderBy(x => x.Id).Select(x => new { x.Id, x.Slug }).FirstAsync());
        var url = SiteTesting.BaseUrl + EventUrls.Page(e.Id, e.Slug);
        Assert.Contains(url, await LocationsAsync());
        try
        {
            await SetStatusAsync(e.Id, EventStatus.Rejected, bump: false);
            Assert.Contains(url, await LocationsAsync());

            await SetStatusAsync(e.Id, EventStatus.Rejected, bump: true);
            Assert.DoesNotContain(url, await LocationsAsync());
        }
        finally
        {
            await SetStatusAsync(e.Id, EventStatus.Labelled, bump: true);
        }
        Assert.Contains(url, await LocationsAsync());
    }

    [Fact]
    public async Task Robots_txt_opens_the_public_site_and_the_open_data_and_closes_the_back_office_personal_links_and_the_api()
    {
        var response = await app.CreateClient().GetAsync("/robots.txt");
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');

        Assert.Equal("User-agent: *", lines[0]);
        foreach (var path in new[] { "/organisateur", "/moderation", "/administration", "/compte", "/inscription", "/connexion", "/api/", "/evenements/*/inscription" })
        {
            Assert.Contains($"Disallow: {path}", lines);
        }
        Assert.True(Array.IndexOf(lines, "Allow: /api/v1/") is var allow and >= 0 && allow < Array.IndexOf(lines, "Disallow: /api/"));
        Assert.DoesNotContain(lines, l => l is "Disallow: /" or "Disallow: /evenements" or "Disallow: /statistiques");
        Assert.Contains($"Sitemap: {SiteTesting.BaseUrl}/sitemap.xml", lines);
    }

    private async Task<List<string>> LocationsAsync() =>
        XDocument.Parse(await app.CreateClient().GetStringAsync("/sitemap.xml")).Root!.Elements(Ns + "url").Select(u => u.Element(Ns + "loc")!.Value).ToList();

    private async Task SetStatusAsync(int id, EventStatus status, bool bump)
    {
        await app.QueryAsync(db => db.Events.Where(x => x.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, status)));
        if (bump)
        {
            await app.QueryAsync(db => db.BumpCatalogueVersionAsync(CancellationToken.None));
            await app.Services.GetRequiredService<CatalogueRefresher>().RefreshAsync(CancellationToken.None);
        }
    }
}

public sealed class SitemapTestsOnSqlite(SqliteSiteApp app) : SitemapTests<SqliteSiteApp>(app);

public sealed class SitemapTestsOnPostgres(PostgresSiteApp app) : SitemapTests<PostgresSiteApp>(app);

/// The application with a source of 50,001 pages: more than one sitemap file holds.
public sealed class AppWithManyPages : SqliteApp
{
    public const int Pages = Sitemap.MaxUrlsPerFile + 1;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddScoped<ISitemapSource, ManyPages>());
    }

    private sealed class ManyPages : ISitemapSource
    {
        public IAsyncEnumerable<SitemapEntry> EntriesAsync(CancellationToken ct) =>
            Enumerable.Range(1, Pages).Select(i => new SitemapEntry($"/ressources/fiche-{i}")).ToAsyncEnumerable();
    }
}

public sealed class SitemapIndexTests(AppWithManyPages app) : IClassFixture<AppWithManyPages>
{
    private static readonly XNamespace Ns = Sitemap.Namespace;

    [Fact]
    public async Task Beyond_fifty_thousand_urls_the_sitemap_is_an_index_of_numbered_sitemaps()
    {
        var client = app.CreateClient();
        var index = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        Assert.Equal(Ns + "sitemapindex", index.Root!.Name);
        Assert.Equal(["http://localhost:5000/sitemap-1.xml", "http://localhost:5000/sitemap-2.xml"],
            index.Root.Elements(Ns + "sitemap").Select(s => s.Element(Ns + "loc")!.Value));

        var first = await LocationsAsync(client, "/sitemap-1.xml");
        var second = await LocationsAsync(client, "/sitemap-2.xml");
        Assert.Equal(Sitemap.MaxUrlsPerFile, first.Count);
        Assert.InRange(second.Count, 1, Sitemap.MaxUrlsPerFile);
        Assert.Empty(first.Intersect(second));
        Assert.Equal(AppWithManyPages.Pages, first.Concat(second).Count(l => l.Contains("/ressources/fiche-", StringComparison.Ordinal)));
        Assert.Contains("http://localhost:5000/", first);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sitemap-3.xml")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sitemap-0.xml")).StatusCode);
    }

    private static async Task<List<string>> LocationsAsync(HttpClient client, string path)
    {
        var sitemap = XDocument.Parse(await client.GetStringAsync(path));
        Assert.Equal(Ns + "urlset", sitemap.Root!.Name);
        return sitemap.Root.Elements(Ns + "url").Select(u => u.Element(Ns + "loc")!.Value).ToList();
    }
}
