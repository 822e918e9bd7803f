using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Features.Content;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Tests.Organisers;

namespace SemaineIndustrie.Tests.Content;

/// What visitors read: the demonstration content, regional figures that match the database, and the resources' search.
public abstract class ContentPagesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    [Fact]
    public async Task Every_regional_page_counts_the_labelled_events_the_database_holds_for_the_current_edition()
    {
        var current = await app.QueryAsync(db => db.Editions.OrderByDescending(e => e.Year).Select(e => new { e.Id, e.Year }).FirstAsync());
        var counts = await app.QueryAsync(db => db.Events.Where(e => e.EditionId == current.Id && e.Status == EventStatus.Labelled)
            .GroupBy(e => e.Place.RegionCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        var visitor = app.CreateClient();
        var index = await visitor.PageAsync("/regions");
        Assert.Equal(app.Geography.Regions.Count, index.QuerySelectorAll("[data-testid=regions] li").Length);
        foreach (var region in app.Geography.Regions)
        {
            var page = await visitor.PageAsync(RegionPages.Url(region));
            var shown = page.QuerySelector("[data-testid=region-count] strong")!.TextContent.Replace("\u202f", "").Replace("\u00a0", "");
            Assert.Equal(counts.GetValueOrDefault(region.Code), int.Parse(shown, CultureInfo.InvariantCulture));
            Assert.Equal($"/evenements?region={region.Code}&edition={current.Year}", page.QuerySelector("[data-testid=region-search]")!.GetAttribute("href"));
            Assert.Equal($"region={region.Code}&edition={current.Year}", page.QuerySelector("#carte")!.GetAttribute("data-query"));
            Assert.Equal(3, page.QuerySelectorAll("[data-testid=contacts] li").Length);
        }
        Assert.True(counts.Values.Sum() > 0);
    }

    [Fact]
    public async Task The_nouvelle_aquitaine_communique_appears_on_the_press_page_filtered_by_region_and_on_its_regional_page()
    {
        var visitor = app.CreateClient();
        var press = await visitor.PageAsync("/presse?region=75&annee=2023");
        Assert.Equal(["La 12e Semaine de l'industrie en Nouvelle-Aquitaine"], press.QuerySelectorAll("[data-testid=content-card] h3").Select(h => h.TextContent));
        Assert.Contains("Claire Dubreuil", press.QuerySelector("[data-testid=contacts]")!.TextContent);
        Assert.Empty((await visitor.PageAsync("/presse?region=53&annee=2023")).QuerySelectorAll("[data-testid=content-card]"));

        var region = await visitor.PageAsync("/regions/nouvelle-aquitaine");
        Assert.Contains("La 12e Semaine de l'industrie en Nouvelle-Aquitaine", region.QuerySelector("main")!.TextContent);
        var article = await visitor.PageAsync("/presse/la-12e-semaine-de-l-industrie-en-nouvelle-aquitaine");
        Assert.Contains("285 000 emplois", article.QuerySelector("[data-testid=article-body]")!.TextContent);
        Assert.Equal("Bordeaux, le 27 novembre 2023 – Nouvelle-Aquitaine", article.QuerySelector("[data-testid=article-date]")!.TextContent);
    }

    [Fact]
    public async Task The_edition_page_and_the_statistics_give_each_edition_the_same_number_of_labelled_events()
    {
        var visitor = app.CreateClient();
        var editions = await visitor.PageAsync("/edition");
        var statistics = await visitor.PageAsync("/statistiques");
        var shown = editions.QuerySelectorAll("[data-testid=editions] tbody tr")
            .ToDictionary(r => r.QuerySelector("th a")!.GetAttribute("href")!.Split('/')[^1], r => r.Children[3].TextContent.Trim());
        foreach (var row in statistics.QuerySelectorAll("[data-testid=editions] tbody tr"))
        {
            var published = row.Children[2].TextContent.Trim();
            var labelled = published != "–" ? published : row.Children[1].TextContent.Trim();
            Assert.Equal(labelled == "0" ? "–" : labelled, shown[row.GetAttribute("data-year")!]);
        }
        Assert.Equal(FrenchFormatted(8000), shown["2024"]);
    }

    private static string FrenchFormatted(int value) => SemaineIndustrie.Features.Shared.FrenchFormat.Number(value);

    [Fact]
    public async Task The_edition_page_gives_the_current_conditions_and_each_archive_its_figures_from_the_database()
    {
        var visitor = app.CreateClient();
        var edition = await visitor.PageAsync("/edition");
        Assert.Equal(4, edition.QuerySelectorAll("[data-testid=conditions] li").Length);
        Assert.Contains("du 1er novembre au 7 décembre 2026", edition.QuerySelector("[data-testid=conditions]")!.TextContent);
        Assert.Contains("France Industrie", edition.QuerySelector("#partenaires ~ ul")!.TextContent);

        var labelled2024 = await app.QueryAsync(db => db.Events.CountAsync(e => e.Edition!.Year == 2024 && e.Status == EventStatus.Labelled));
        var archive = await visitor.PageAsync("/editions/2024");
        Assert.Contains("Avec l'industrie, fabrique ton avenir", archive.QuerySelector("h1 + p")!.TextContent);
        Assert.Equal(labelled2024, int.Parse(archive.QuerySelector("[data-testid=labelled-on-platform]")!.TextContent.Replace("\u202f", ""), CultureInfo.InvariantCulture));
        Assert.Contains("8\u202f000", archive.QuerySelector("[data-testid=edition-figures]")!.TextContent);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await visitor.GetAsync("/editions/1990")).StatusCode);
    }

    [Theory]
    [InlineData("ÉNERGIE")]
    [InlineData("energie")]
    [InlineData("l'Énergies")]
    public async Task The_resource_search_ignores_accents_case_and_plurals(string text)
    {
        var page = await app.CreateClient().PageAsync($"/espace-enseignants?q={Uri.EscapeDataString(text)}");
        Assert.Contains("L'énergie dans l'industrie : séquence pour le lycée", Titles(page));
    }

    [Fact]
    public async Task Resource_filters_keep_only_the_matching_category_audience_sector_and_space()
    {
        var visitor = app.CreateClient();
        var videos = await visitor.PageAsync("/espace-enseignants?categorie=video");
        Assert.Equal(["Elles font l'industrie", "Une journée dans une usine du futur"], Titles(videos).Order());
        var welding = await visitor.PageAsync("/espace-enseignants?public=collegiens&filiere=metallurgie");
        Assert.Equal(["Soudeuse ou soudeur"], Titles(welding));
        var companies = await visitor.PageAsync("/espace-entreprises?q=soudeur");
        Assert.Empty(Titles(companies));
        Assert.Equal(12, Titles(await visitor.PageAsync("/espace-entreprises")).Count);
        var unknown = await visitor.PageAsync("/espace-entreprises?categorie=inconnue");
        Assert.Equal(12, Titles(unknown).Count);
    }

    [Fact]
    public async Task A_job_sheet_offers_its_pdf_and_a_video_its_link()
    {
        var visitor = app.CreateClient();
        var sheet = await visitor.PageAsync("/ressources/soudeuse-ou-soudeur");
        var download = sheet.QuerySelector("a.fr-link--download")!.GetAttribute("href")!;
        var file = await visitor.GetAsync(download);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString((await file.Content.ReadAsByteArrayAsync())[..5]));
        var video = await visitor.PageAsync("/ressources/elles-font-l-industrie");
        Assert.Equal("https://www.onisep.fr/", video.QuerySelector("a[target=_blank]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_legal_pages_faq_and_the_latest_news_are_there_from_the_first_start()
    {
        var visitor = app.CreateClient();
        Assert.Contains("partiellement conforme", (await visitor.PageAsync("/accessibilite")).QuerySelector("main")!.TextContent);
        Assert.Contains("IGN Admin Express, INSEE COG — Licence Ouverte", (await visitor.PageAsync("/credits")).QuerySelector("main")!.TextContent);
        Assert.Contains("/donnees-personnelles", (await visitor.PageAsync("/mentions-legales")).QuerySelector("[data-testid=page-body]")!.InnerHtml);
        Assert.True((await visitor.PageAsync("/faq")).QuerySelectorAll("[data-testid=faq] .fr-accordion").Length >= 8);
        var latest = await app.QueryAsync(db => db.ContentItems.Published()
            .Where(c => c.Kind == ContentKind.News || c.Kind == ContentKind.PressRelease).OrderByDescending(c => c.PublishedOn).Select(c => c.Title).FirstAsync());
        Assert.Contains(latest, (await visitor.PageAsync("/actualites")).QuerySelector("[data-testid=content-card] h3")!.TextContent);
    }

    private static List<string> Titles(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("[data-testid=resource-card] h3").Select(h => h.TextContent.Trim()).ToList();
}

public sealed class ContentPagesTestsOnSqlite(SqliteApp app) : ContentPagesTests<SqliteApp>(app);

public sealed class ContentPagesTestsOnPostgres(PostgresApp app) : ContentPagesTests<PostgresApp>(app);
