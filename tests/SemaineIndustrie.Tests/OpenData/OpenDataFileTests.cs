using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Import;
using SemaineIndustrie.Features.OpenData;

namespace SemaineIndustrie.Tests.OpenData;

/// The files of a selection on each database, each checked by a parser that is not ours.
public abstract partial class OpenDataFileTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    private const string Selection = "?region=84&type=visite-entreprise";
    private readonly HttpClient _client = app.CreateClient();

    private Task<List<(int EventId, int SessionId)>> SessionsAsync(IReadOnlyList<int> eventIds) => app.QueryAsync(db => db.Sessions
        .Where(s => eventIds.Contains(s.EventId)).Select(s => new ValueTuple<int, int>(s.EventId, s.Id)).ToListAsync());

    [Fact]
    public async Task Csv_has_the_documented_columns_and_one_row_per_session()
    {
        var events = await _client.AllOpenIdsAsync(Selection);
        var sessions = await SessionsAsync(events);
        Assert.NotEmpty(events);
        using var response = await _client.GetAsync("/api/v1/events.csv" + Selection);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var table = CsvTable.Read(bytes);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.False(bytes.AsSpan().StartsWith(System.Text.Encoding.UTF8.Preamble));
        Assert.Equal(',', table.Separator);
        Assert.Equal(CsvFeed.Columns.Select(c => c.Name), table.Header);
        Assert.All(table.Rows, r => Assert.Equal(table.Header.Count, r.Fields.Count));
        string Cell(CsvRow row, string column) => row.Fields[table.Header.ToList().IndexOf(column)];
        Assert.Equal(sessions.Select(s => s.SessionId).Order(), table.Rows.Select(r => int.Parse(Cell(r, "seance_id"))).Order());
        Assert.Equal(events, table.Rows.Select(r => int.Parse(Cell(r, "evenement_id"))).Distinct());
        Assert.All(table.Rows, r =>
        {
            Assert.Equal("84", Cell(r, "region"));
            Assert.Equal("visite-entreprise", Cell(r, "type"));
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", Cell(r, "debut"));
            Assert.StartsWith("http://localhost:5000/evenements/" + Cell(r, "evenement_id") + "-", Cell(r, "url"), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Calendar_is_valid_icalendar_with_one_vevent_per_session()
    {
        var events = await _client.AllOpenIdsAsync(Selection);
        var sessions = await SessionsAsync(events);
        var ics = await _client.TextAsync("/api/v1/events.ics" + Selection);

        Assert.Equal($"{sessions.Count} VEVENT", await ThirdPartyValidator.AssertValidAsync("ics", ics));
        var uids = Uid().Matches(ics).Select(m => int.Parse(m.Groups[1].Value)).Order();
        Assert.Equal(sessions.Select(s => s.SessionId).Order(), uids);
    }

    [Fact]
    public async Task Geojson_is_a_valid_feature_collection_of_the_located_events_longitude_first()
    {
        var page = await _client.PageAsync("/api/v1/events" + Selection + "&limit=1000");
        var located = page.Items.Where(e => e.Latitude is not null).ToList();
        var geojson = await _client.TextAsync("/api/v1/events.geojson" + Selection);

        Assert.Equal($"{located.Count} features", await ThirdPartyValidator.AssertValidAsync("geojson", geojson));
        using var document = System.Text.Json.JsonDocument.Parse(geojson);
        var first = document.RootElement.GetProperty("features")[0];
        var coordinates = first.GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal(located[0].Id, first.GetProperty("id").GetInt32());
        Assert.Equal(Math.Round(located[0].Longitude!.Value, 6), coordinates[0].GetDouble());
        Assert.Equal(Math.Round(located[0].Latitude!.Value, 6), coordinates[1].GetDouble());
        Assert.Equal(located[0].Url, first.GetProperty("properties").GetProperty("url").GetString());
    }

    [Fact]
    public async Task Rss_is_valid_and_lists_the_latest_labelled_events_first()
    {
        var events = await _client.AllOpenIdsAsync("?region=84");
        var rss = await _client.TextAsync("/api/v1/events.rss?region=84");
        var expected = await app.QueryAsync(db => db.Events.Where(e => events.Contains(e.Id))
            .OrderByDescending(e => e.LabelledAt).ThenByDescending(e => e.Id).Select(e => e.Id).Take(RssFeed.Size).ToListAsync());

        Assert.Equal($"{Math.Min(RssFeed.Size, events.Count)} items", await ThirdPartyValidator.AssertValidAsync("rss", rss));
        var links = XDocument.Parse(rss).Descendants("item").Select(i => (string)i.Element("link")!).ToList();
        Assert.Equal(expected, links.Select(l => int.Parse(EventId().Match(l).Groups[1].Value)));
    }

    [GeneratedRegex(@"UID:seance-(\d+)@semaine-industrie\.gouv\.fr\r\n")]
    private static partial Regex Uid();

    [GeneratedRegex(@"/evenements/(\d+)-")]
    private static partial Regex EventId();
}

public sealed class OpenDataFileTestsOnSqlite(SqliteApp app) : OpenDataFileTests<SqliteApp>(app);

public sealed class OpenDataFileTestsOnPostgres(PostgresApp app) : OpenDataFileTests<PostgresApp>(app);
