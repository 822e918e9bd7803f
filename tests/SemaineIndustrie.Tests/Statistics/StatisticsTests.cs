using System.Text;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Tests.Statistics;

public abstract class StatisticsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    [Fact]
    public async Task The_per_region_table_reproduces_the_database_counts_exactly()
    {
        var page = await new HtmlParser().ParseDocumentAsync(await app.CreateClient().GetStringAsync("/statistiques?edition=2026"));
        var shown = page.QuerySelectorAll("[data-testid=table-regions] tbody tr")
            .ToDictionary(r => r.GetAttribute("data-code")!, r => int.Parse(r.Children[1].TextContent.Replace("\u202f", "").Replace("\u00a0", "").Replace(" ", ""), System.Globalization.CultureInfo.InvariantCulture));
        var expected = await app.QueryAsync(db => db.Events.Where(e => e.Edition!.Year == 2026 && e.Status == EventStatus.Labelled)
            .GroupBy(e => e.Place.RegionCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        Assert.Equal(18, shown.Count);
        foreach (var (region, count) in shown)
        {
            Assert.Equal(expected.GetValueOrDefault(region), count);
        }
        Assert.Equal(18, page.QuerySelectorAll("[data-testid=region-map] path[data-region]").Length);
        Assert.All(page.QuerySelectorAll("[data-testid=region-map] path[data-region] title"), t => Assert.Contains("événement", t.TextContent));
    }

    [Fact]
    public async Task Every_table_downloads_as_CSV_for_a_French_spreadsheet()
    {
        foreach (var table in new[] { "regions", "departements", "types", "publics", "thematiques", "filieres", "editions" })
        {
            var response = await app.CreateClient().GetAsync($"/statistiques?handler=Csv&tableau={table}&edition=2026");
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
            Assert.Contains(';', Encoding.UTF8.GetString(bytes[3..]).Split("\r\n")[0]);
        }
        var editions = Encoding.UTF8.GetString(await app.CreateClient().GetByteArrayAsync("/statistiques?handler=Csv&tableau=editions"));
        Assert.Contains("2011;1;", editions);
        Assert.Contains(";1481;", editions);
    }
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
    public async Task Without_region_outlines_the_map_is_a_grid_of_the_eighteen_regions()
    {
        var page = await new HtmlParser().ParseDocumentAsync(await app.CreateClient().GetStringAsync("/statistiques"));
        Assert.Empty(page.QuerySelectorAll("[data-testid=region-map] path"));
        Assert.Equal(18, page.QuerySelectorAll("[data-testid=region-map] g[data-region] rect").Length);
    }
}
