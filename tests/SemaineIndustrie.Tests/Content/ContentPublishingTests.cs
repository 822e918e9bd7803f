using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SemaineIndustrie.Features.Content;
using SemaineIndustrie.Features.Site;
using SemaineIndustrie.Tests.Organisers;

namespace SemaineIndustrie.Tests.Content;

public abstract class ContentPublishingTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    [Fact]
    public async Task Slugs_are_french_with_accents_folded_and_unique_per_kind()
    {
        var admin = await app.AdministratorAsync();
        var (_, first) = await app.SaveContentAsync(admin, ContentForms.PressRelease("Œuvres d'été à l'usine : visite élargie"));
        var (_, second) = await app.SaveContentAsync(admin, ContentForms.PressRelease("Œuvres d'été à l'usine : visite élargie"));
        Assert.Equal("oeuvres-d-ete-a-l-usine-visite-elargie", first);
        Assert.Equal("oeuvres-d-ete-a-l-usine-visite-elargie-2", second);

        var typed = ContentForms.PressRelease("Un autre titre");
        typed["Input.Slug"] = "Œuvres d'Été à l'Usine Visite Élargie";
        var taken = await admin.PostContentAsync(typed);
        Assert.Contains("L'adresse « oeuvres-d-ete-a-l-usine-visite-elargie » est déjà utilisée", await OrganiserForms.ErrorsAsync(taken));
        typed["Input.Slug"] = "Ma page spéciale";
        Assert.Equal("ma-page-speciale", (await app.SaveContentAsync(admin, typed)).Slug);
    }

    [Fact]
    public async Task A_draft_is_invisible_to_the_public_and_to_the_sitemap_until_it_is_published()
    {
        var admin = await app.AdministratorAsync();
        var fields = ContentForms.PressRelease("Communiqué encore secret", status: "Draft");
        var (id, slug) = await app.SaveContentAsync(admin, fields);
        var visitor = app.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/presse/{slug}")).StatusCode);
        Assert.DoesNotContain("Communiqué encore secret", await visitor.GetStringAsync("/presse"));
        Assert.DoesNotContain($"/presse/{slug}", await SitemapPathsAsync());

        fields["Input.Status"] = "Published";
        var published = await admin.PostContentAsync(fields, url: $"/administration/contenus/{id}");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/presse/{slug}")).StatusCode);
        Assert.Contains("Communiqué encore secret", await visitor.GetStringAsync("/presse"));
        Assert.Contains($"/presse/{slug}", await SitemapPathsAsync());
    }

    [Fact]
    public async Task The_sitemap_lists_published_pages_resources_regions_and_edition_archives()
    {
        var paths = await SitemapPathsAsync();
        Assert.Contains("/mentions-legales", paths);
        Assert.Contains("/regions/nouvelle-aquitaine", paths);
        Assert.Contains("/editions/2024", paths);
        Assert.Contains("/presse/la-12e-semaine-de-l-industrie-en-nouvelle-aquitaine", paths);
        var resource = await app.QueryAsync(db => db.ContentItems.Where(c => c.Kind == ContentKind.Resource).Select(c => c.Slug).FirstAsync());
        Assert.Contains($"/ressources/{resource}", paths);
        Assert.Equal(paths.Count, paths.Distinct().Count());
    }

    [Fact]
    public async Task Raw_html_and_script_links_typed_in_markdown_are_shown_as_text()
    {
        var admin = await app.AdministratorAsync();
        const string body = "## Programme\n\n<script>alert('xss')</script> <img src=x onerror=alert(1)>\n\n[piège](javascript:alert(1)) [sûr](/evenements) [mail](mailto:presse@exemple.fr) <JaVaScRiPt:alert(2)>";
        var (_, slug) = await app.SaveContentAsync(admin, ContentForms.PressRelease("Communiqué avec du HTML", body));

        var article = (await app.CreateClient().PageAsync($"/presse/{slug}")).QuerySelector("[data-testid=article-body]")!;
        Assert.Empty(article.QuerySelectorAll("script, img, [onerror]"));
        Assert.Contains("<script>alert('xss')</script>", article.TextContent);
        Assert.Equal(["/evenements", "mailto:presse@exemple.fr"], article.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("piège", article.TextContent);
        Assert.Equal("Programme", article.QuerySelector("h2")?.TextContent);
    }

    [Fact]
    public async Task The_preview_renders_the_markdown_without_saving_anything()
    {
        var admin = await app.AdministratorAsync();
        var fields = ContentForms.PressRelease("Aperçu seulement", "Du **gras** et <b>pas de HTML</b>");
        var response = await admin.PostContentAsync(fields, url: "/administration/contenus/nouveau?handler=Preview");
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        var preview = page.QuerySelector("[data-testid=preview] .contenu-redige")!;
        Assert.Equal("gras", preview.QuerySelector("strong")?.TextContent);
        Assert.Contains("<b>pas de HTML</b>", preview.TextContent);
        Assert.False(await app.QueryAsync(db => db.ContentItems.AnyAsync(c => c.Title == "Aperçu seulement")));
    }

    [Fact]
    public async Task A_published_change_reaches_visitors_of_a_cached_page_at_once()
    {
        var visitor = app.CreateClient();
        Assert.DoesNotContain("Nouvelle actualité du jour", await visitor.GetStringAsync("/actualites"));
        var admin = await app.AdministratorAsync();
        var fields = ContentForms.PressRelease("Nouvelle actualité du jour");
        fields["Input.Kind"] = nameof(ContentKind.News);
        await app.SaveContentAsync(admin, fields);
        Assert.Contains("Nouvelle actualité du jour", await visitor.GetStringAsync("/actualites"));
    }

    [Theory]
    [InlineData("/administration/contenus")]
    [InlineData("/administration/contenus/nouveau?type=communiques")]
    [InlineData("/administration/contenus/contacts")]
    public async Task Visitors_are_sent_to_sign_in_and_organisers_are_forbidden_the_content_manager(string url)
    {
        var anonymous = await app.CreateBrowserLikeClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/connexion", anonymous.Headers.Location!.OriginalString);
        var (organiser, _, _) = await app.OrganiserAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await organiser.GetAsync(url)).StatusCode);
        var post = await organiser.PostAsync(url, new FormUrlEncodedContent([new("Input.Title", "Intrusion")]));
        Assert.True(post.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest, $"{(int)post.StatusCode}");
        Assert.False(await app.QueryAsync(db => db.ContentItems.AnyAsync(c => c.Title == "Intrusion")));
    }

    [Fact]
    public async Task A_contact_with_a_wrong_email_gets_a_french_message()
    {
        var admin = await app.AdministratorAsync();
        var response = await admin.PostFormAsync("/administration/contenus/contacts/nouveau", new Dictionary<string, string>
        {
            ["Input.Scope"] = "Press", ["Input.RegionCode"] = "53", ["Input.Organisation"] = "DREETS Bretagne", ["Input.Email"] = "pas-une-adresse",
            ["Input.SortOrder"] = "0",
        });
        Assert.Contains("Indiquez une adresse électronique valide", await OrganiserForms.ErrorsAsync(response));
    }

    [Fact]
    public async Task A_regional_contact_written_by_an_administrator_shows_on_its_regional_page()
    {
        var admin = await app.AdministratorAsync();
        var saved = await admin.PostFormAsync("/administration/contenus/contacts/nouveau", new Dictionary<string, string>
        {
            ["Input.Scope"] = "Region", ["Input.RegionCode"] = "94", ["Input.Organisation"] = "CCI de Corse", ["Input.Name"] = "Anna Santoni",
            ["Input.Role"] = "Chargée de l'industrie", ["Input.Phone"] = "04 95 00 00 00", ["Input.Email"] = "industrie@cci-corse.exemple.fr", ["Input.SortOrder"] = "9",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var contacts = (await app.CreateClient().PageAsync("/regions/corse")).QuerySelector("[data-testid=contacts]")!;
        Assert.Contains("Anna Santoni", contacts.TextContent);
        Assert.NotNull(contacts.QuerySelector("a[href='tel:0495000000']"));
    }

    [Fact]
    public async Task A_deleted_press_release_disappears_for_visitors()
    {
        var admin = await app.AdministratorAsync();
        var fields = ContentForms.PressRelease("Communiqué retiré");
        var (id, slug) = await app.SaveContentAsync(admin, fields);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync($"/presse/{slug}")).StatusCode);
        var deleted = await admin.PostContentAsync(fields, url: $"/administration/contenus/{id}?handler=Delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/presse/{slug}")).StatusCode);
    }

    private async Task<List<string>> SitemapPathsAsync()
    {
        await using var scope = app.CreateScope();
        var paths = new List<string>();
        foreach (var source in scope.ServiceProvider.GetRequiredService<IEnumerable<ISitemapSource>>())
        {
            await foreach (var entry in source.EntriesAsync(CancellationToken.None))
            {
                paths.Add(entry.Path);
            }
        }
        return paths;
    }
}

public sealed class ContentPublishingTestsOnSqlite(SqliteApp app) : ContentPublishingTests<SqliteApp>(app);

public sealed class ContentPublishingTestsOnPostgres(PostgresApp app) : ContentPublishingTests<PostgresApp>(app);
