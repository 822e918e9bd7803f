using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Site;

namespace SemaineIndustrie.Tests.Site;

/// Canonical URLs, OpenGraph and Twitter tags, and noindex, as search engines and social networks read them.
public abstract class PageMetaTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    private const string Base = SiteTesting.BaseUrl;

    [Fact]
    public async Task The_home_page_is_canonical_at_the_public_address_whatever_the_host_and_tracking_parameters()
    {
        var page = await PageAsync("/?utm_source=lettre&utm_medium=email&fbclid=abc123", host: "pirate.example");

        Assert.Equal(Base + "/", Canonical(page));
        Assert.Equal(Base + "/", Meta(page, "og:url"));
        Assert.Equal("Semaine de l'industrie 2026", Meta(page, "og:title"));
        Assert.False(string.IsNullOrWhiteSpace(Meta(page, "og:description")));
        Assert.Equal("website", Meta(page, "og:type"));
        Assert.Equal("fr_FR", Meta(page, "og:locale"));
        Assert.Equal("Semaine de l'industrie", Meta(page, "og:site_name"));
        Assert.Equal("summary", Meta(page, "twitter:card"));
        var image = Meta(page, "og:image")!;
        Assert.StartsWith(Base + "/", image, StringComparison.Ordinal);
        Assert.Equal(image, Meta(page, "twitter:image"));
        var file = await app.CreateClient().GetAsync(new Uri(image).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("image/png", file.Content.Headers.ContentType?.MediaType);
        Assert.Null(page.QuerySelector("meta[name=robots]"));
    }

    [Fact]
    public async Task A_search_is_canonical_with_its_filters_and_without_tracking_parameters()
    {
        var page = await PageAsync("/evenements?utm_campaign=rentree&type=visite-entreprise&region=84&gclid=xyz");

        Assert.Equal(Base + "/evenements?region=84&type=visite-entreprise", Canonical(page));
        Assert.Equal(Canonical(page), Meta(page, "og:url"));
        Assert.StartsWith(Base + "/", Meta(page, "og:image"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_page_is_canonical_at_its_slug_url_and_shares_its_own_image_when_it_has_one()
    {
        var (id, slug) = await LabelledEventAsync(skip: 3);
        var page = await PageAsync(EventUrls.Page(id, slug) + "?utm_source=facebook");
        Assert.Equal(Base + EventUrls.Page(id, slug), Canonical(page));
        Assert.Equal(Canonical(page), Meta(page, "og:url"));
        Assert.Equal(Base + PageMeta.DefaultImage, Meta(page, "og:image"));
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/evenements/{id}/image")).StatusCode);

        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];
        await app.QueryAsync(db =>
        {
            db.EventImages.Add(new EventImage { EventId = id, ContentType = "image/png", Content = png, UpdatedAt = DateTime.UtcNow });
            return db.SaveChangesAsync();
        });
        await app.EvictPagesAsync();

        page = await PageAsync(EventUrls.Page(id, slug));
        var image = Meta(page, "og:image")!;
        Assert.StartsWith($"{Base}/evenements/{id}/image?v=", image, StringComparison.Ordinal);
        Assert.Equal("summary_large_image", Meta(page, "twitter:card"));
        var file = await app.CreateClient().GetAsync(new Uri(image).PathAndQuery);
        Assert.Equal("image/png", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png, await file.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_wrong_or_missing_slug_redirects_permanently_to_the_canonical_event_url()
    {
        var (id, slug) = await LabelledEventAsync(skip: 5);
        var client = app.CreateBrowserLikeClient();
        foreach (var path in new[] { $"/evenements/{id}-ancien-titre", $"/evenements/{id}" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal(EventUrls.Page(id, slug), response.Headers.Location?.OriginalString);
        }
    }

    [Fact]
    public async Task Account_pages_and_personal_links_are_kept_out_of_search_engines()
    {
        foreach (var path in new[] { "/connexion", "/inscriptions/lien-personnel-inconnu" })
        {
            var response = await app.CreateBrowserLikeClient().GetAsync(path);
            Assert.Equal("noindex, nofollow", response.Headers.GetValues("X-Robots-Tag").Single());
        }
        var signIn = await PageAsync("/connexion");
        Assert.Equal("noindex, nofollow", signIn.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Null(signIn.QuerySelector("link[rel=canonical]"));
        Assert.False((await app.CreateClient().GetAsync("/")).Headers.Contains("X-Robots-Tag"));
    }

    private async Task<(int Id, string Slug)> LabelledEventAsync(int skip)
    {
        var editionId = app.Catalogue.CurrentEdition!.Id;
        var e = await app.QueryAsync(db => db.Events.Labelled().Where(x => x.EditionId == editionId).OrderBy(x => x.Id).Skip(skip)
            .Select(x => new { x.Id, x.Slug }).FirstAsync());
        return (e.Id, e.Slug);
    }

    private async Task<IDocument> PageAsync(string path, string? host = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (host is not null)
        {
            request.Headers.Host = host;
        }
        var response = await app.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    private static string? Canonical(IDocument page) => page.QuerySelectorAll("link[rel=canonical]").Single().GetAttribute("href");

    private static string? Meta(IDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content");
}

public sealed class PageMetaTestsOnSqlite(SqliteSiteApp app) : PageMetaTests<SqliteSiteApp>(app);

public sealed class PageMetaTestsOnPostgres(PostgresSiteApp app) : PageMetaTests<PostgresSiteApp>(app);
