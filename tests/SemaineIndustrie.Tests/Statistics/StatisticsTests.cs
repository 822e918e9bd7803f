using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Shared;
using SemaineIndustrie.Features.Site;
using SemaineIndustrie.Features.Statistics;
using SemaineIndustrie.Features.Accounts;

namespace SemaineIndustrie.Tests.Statistics;

public abstract class StatisticsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    private const string Page = "/statistiques?edition=2026";

    [Fact]
    public async Task The_per_region_table_and_the_map_reproduce_the_database_counts_exactly()
    {
        var page = await app.CreateClient().DocumentAsync(Page);
        var shown = page.Column("table-regions");
        var expected = await app.QueryAsync(db => Labelled(db, 2026).GroupBy(e => e.Place.RegionCode)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));

        Assert.Equal(18, shown.Count);
        Assert.All(shown, region => Assert.Equal(expected.GetValueOrDefault(region.Key), region.Value));
        Assert.Equal(expected.Values.Sum(), StatisticsPages.Figure(page.QuerySelector("[data-testid=total]")!.TextContent.Replace("événements labellisés", "")));
        var map = page.QuerySelectorAll("[data-testid=region-map] path[data-region]");
        Assert.Equal(18, map.Length);
        foreach (var path in map)
        {
            var title = path.QuerySelector("title")!.TextContent;
            var figure = StatisticsPages.Figure(title[(title.LastIndexOf(':') + 1)..].Replace("événements", "").Replace("événement", ""));
            Assert.Equal(shown[path.GetAttribute("data-region")!], figure);
        }
        Assert.Equal(6, page.QuerySelectorAll("[data-testid=map-legend] li").Length);
    }

    [Fact]
    public async Task The_tables_per_department_type_audience_theme_and_sector_match_the_database()
    {
        var page = await app.CreateClient().DocumentAsync(Page);
        var (departments, types, sectors, audiences, themes, seats) = await app.QueryAsync(async db => (
            await Labelled(db, 2026).GroupBy(e => e.Place.DepartmentCode).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.N),
            await Labelled(db, 2026).GroupBy(e => e.TypeCode).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.N),
            await Labelled(db, 2026).Where(e => e.SectorCode != null).GroupBy(e => e.SectorCode!).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.N),
            await TermCounts(db, TermKind.Audience),
            await TermCounts(db, TermKind.Theme),
            await db.Sessions.Where(s => Labelled(db, 2026).Any(e => e.Id == s.EventId)).SumAsync(s => s.Capacity ?? 0)));

        Assert.Equal(departments, page.Column("table-departements"));
        Assert.Equal(types, page.Column("table-types"));
        Assert.Equal(sectors, page.Column("table-filieres"));
        Assert.Equal(audiences, page.Column("table-publics"));
        Assert.Equal(themes, page.Column("table-thematiques"));
        Assert.Equal(seats, StatisticsPages.Figure(page.QuerySelector("[data-testid=participants] tbody tr td:last-child")!.TextContent));
        Assert.True(seats > 0);

        Task<Dictionary<string, int>> TermCounts(AppDbContext db, TermKind kind) =>
            db.EventTerms.Where(t => t.Kind == kind && Labelled(db, 2026).Any(e => e.Id == t.EventId))
                .GroupBy(t => t.Code).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.N);
    }

    [Fact]
    public async Task Every_table_downloads_as_CSV_for_a_French_spreadsheet_with_the_figures_of_the_page()
    {
        var client = app.CreateClient();
        var page = await client.DocumentAsync(Page);
        foreach (var table in new[] { "regions", "departements", "types", "publics", "thematiques", "filieres" })
        {
            var rows = await client.CsvAsync($"{Page}&handler=Csv&tableau={table}");
            Assert.Equal("Événements labellisés", rows[0][^1]);
            Assert.Equal(page.Column($"table-{table}"), rows.Skip(1).ToDictionary(r => r[0], r => int.Parse(r[^1], System.Globalization.CultureInfo.InvariantCulture)));
        }
        var participants = await client.CsvAsync($"{Page}&handler=Csv&tableau=participants");
        Assert.Equal(4, participants.Count);

        var editions = await client.CsvAsync("/statistiques?handler=Csv&tableau=editions");
        var byYear = editions.Skip(1).ToDictionary(r => r[0]);
        Assert.Equal(15, byYear.Count);
        Assert.Equal("1481", byYear["2011"][4]);
        Assert.Equal(("8000", "5700000"), (byYear["2024"][4], byYear["2024"][7]));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Page}&handler=Csv&tableau=inconnu")).StatusCode);
    }

    [Theory]
    [InlineData(2011, 1_481, null)]
    [InlineData(2015, 2_600, 200_000)]
    [InlineData(2017, 2_400, 300_000)]
    [InlineData(2018, 2_918, null)]
    [InlineData(2019, 4_763, 800_000)]
    [InlineData(2022, 4_737, null)]
    [InlineData(2023, 5_500, null)]
    [InlineData(2024, 8_000, 5_700_000)]
    public async Task The_editions_since_2011_show_the_figures_published_at_the_time(int year, int events, int? participants)
    {
        var page = await app.CreateClient().DocumentAsync(Page);
        var row = page.QuerySelector($"[data-testid=editions] tr[data-year='{year}']")!;
        Assert.Equal(events, StatisticsPages.Figure(row.Children[2].TextContent));
        Assert.Equal(participants is { } p ? FrenchFormat.Number(p) : "–", row.Children[4].TextContent);
        var bar = page.QuerySelectorAll("[data-testid=chart-editions] g title").Single(t => t.TextContent.StartsWith($"{year} :", StringComparison.Ordinal));
        Assert.Equal(events, StatisticsPages.Figure(bar.TextContent[(bar.TextContent.IndexOf(':') + 1)..]));
    }

    [Fact]
    public async Task The_page_is_cached_until_the_catalogue_moves()
    {
        const string url = "/statistiques?edition=2025";
        var client = app.CreateClient();
        var first = await app.QueryAsync(db => Labelled(db, 2025).OrderBy(e => e.Id).Select(e => new { e.Id, e.Place.RegionCode }).FirstAsync());
        var (id, region) = (first.Id, first.RegionCode);
        var before = (await client.DocumentAsync(url)).Column("table-regions")[region];
        await app.QueryAsync(db => db.Events.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EventStatus.Rejected)));

        Assert.Equal(before, (await client.DocumentAsync(url)).Column("table-regions")[region]);

        await app.QueryAsync(db => db.BumpCatalogueVersionAsync(CancellationToken.None));
        await app.Services.GetRequiredService<CatalogueRefresher>().RefreshAsync(CancellationToken.None);
        Assert.Equal(before - 1, (await client.DocumentAsync(url)).Column("table-regions")[region]);
    }

    [Fact]
    public async Task A_signed_in_render_shows_a_change_once_the_catalogue_version_moves_and_not_before()
    {
        const string url = "/statistiques?edition=2024";
        var admin = await app.CreateSignedInClientAsync(await app.CreateUserAsync(Roles.Administrator));
        var first = await app.QueryAsync(db => Labelled(db, 2024).OrderBy(e => e.Id).Select(e => new { e.Id, e.Place.RegionCode }).FirstAsync());
        var (id, region) = (first.Id, first.RegionCode);
        var before = await Shown();
        await app.QueryAsync(db => db.Events.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EventStatus.Rejected)));
        try
        {
            Assert.Equal(before, await Shown());

            await app.QueryAsync(db => db.BumpCatalogueVersionAsync(CancellationToken.None));
            Assert.Equal((before.Region - 1, before.Edition - 1), await Shown());
        }
        finally
        {
            await app.QueryAsync(db => db.Events.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EventStatus.Labelled)));
            await app.QueryAsync(db => db.BumpCatalogueVersionAsync(CancellationToken.None));
        }
        Assert.Equal(before, await Shown());

        // The region's line of the edition's table, and the edition's line in the history since 2011.
        async Task<(int Region, int Edition)> Shown()
        {
            var page = await admin.DocumentAsync(url);
            return (page.Column("table-regions")[region],
                StatisticsPages.Figure(page.QuerySelector("[data-testid=editions] tr[data-year='2024']")!.Children[1].TextContent));
        }
    }

    [Fact]
    public async Task An_administrator_records_the_published_figures_of_an_edition_and_the_page_shows_them()
    {
        var admin = await app.CreateSignedInClientAsync(await app.CreateUserAsync(Roles.Administrator));
        var fields = new Dictionary<string, string>
        {
            ["Input.Number"] = "60", ["Input.Year"] = "2060", ["Input.StartsOn"] = "2060-11-15", ["Input.EndsOn"] = "2060-11-21",
            ["Input.ToleranceDays"] = "15", ["Input.ReviewWorkingDays"] = "4", ["Input.ReportedLabelledEvents"] = "-3",
        };
        var refused = await new HtmlParser().ParseDocumentAsync(await (await admin.PostFormAsync("/administration/editions/nouvelle", fields)).Content.ReadAsStringAsync());
        Assert.Contains("Le nombre d'événements labellisés est compris entre 0 et 1 000 000.", refused.QuerySelector("#Input_ReportedLabelledEvents-erreur")?.TextContent);
        fields["Input.ReportedLabelledEvents"] = "12345";
        fields["Input.ReportedParticipants"] = "6789012";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/administration/editions/nouvelle", fields)).StatusCode);
        try
        {
            var row = (await app.CreateClient().DocumentAsync("/statistiques?edition=2060")).QuerySelector("[data-testid=editions] tr[data-year='2060']")!;
            Assert.Equal(["2060", "0", FrenchFormat.Number(12_345), "0", FrenchFormat.Number(6_789_012)], row.Children.Select(c => c.TextContent));
        }
        finally
        {
            await app.QueryAsync(db => db.Editions.Where(e => e.Year == 2060).ExecuteDeleteAsync());
        }
    }

    [Fact]
    public async Task The_sitemap_lists_the_statistics_of_every_edition_by_its_canonical_URL()
    {
        await using var scope = app.CreateScope();
        var source = scope.ServiceProvider.GetServices<ISitemapSource>().OfType<StatisticsSitemap>().Single();
        var paths = new List<string>();
        await foreach (var entry in source.EntriesAsync(CancellationToken.None))
        {
            paths.Add(entry.Path);
        }
        Assert.Equal("/statistiques", paths[0]);
        Assert.Contains("/statistiques?edition=2011", paths);
        Assert.DoesNotContain("/statistiques?edition=2026", paths);
        var latest = await new HtmlParser().ParseDocumentAsync(await app.CreateClient().GetStringAsync("/statistiques?edition=2026"));
        Assert.EndsWith("/statistiques", latest.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        var earlier = await new HtmlParser().ParseDocumentAsync(await app.CreateClient().GetStringAsync("/statistiques?edition=2011"));
        Assert.EndsWith("/statistiques?edition=2011", earlier.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task An_edition_that_does_not_exist_is_not_found()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/statistiques?edition=1999")).StatusCode);
    }

    private static IQueryable<Event> Labelled(AppDbContext db, int year) =>
        db.Events.Where(e => e.Edition!.Year == year && e.Status == EventStatus.Labelled);
}

public sealed class StatisticsTestsOnSqlite(SqliteApp app) : StatisticsTests<SqliteApp>(app);

public sealed class StatisticsTestsOnPostgres(PostgresApp app) : StatisticsTests<PostgresApp>(app);

/// The application without the geographic data directory.
public sealed class AppWithoutGeographicData : SqliteApp
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>(base.Settings)
    {
        ["Geo:DataDirectory"] = Path.Combine(Path.GetTempPath(), "pas-de-donnees-geographiques"),
    };
}

public sealed class StatisticsWithoutOutlinesTests(AppWithoutGeographicData app) : IClassFixture<AppWithoutGeographicData>
{
    [Fact]
    public async Task Without_region_outlines_the_map_is_a_grid_of_the_eighteen_regions_with_their_figures()
    {
        var page = await app.CreateClient().DocumentAsync("/statistiques");
        Assert.Empty(page.QuerySelectorAll("[data-testid=region-map] path"));
        var tiles = page.QuerySelectorAll("[data-testid=region-map] g[data-region]");
        Assert.Equal(18, tiles.Length);
        var table = page.Column("table-regions");
        Assert.All(tiles, tile => Assert.Equal(table[tile.GetAttribute("data-region")!], StatisticsPages.Figure(tile.QuerySelectorAll("text")[1].TextContent)));
    }
}
