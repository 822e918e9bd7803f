using System.Text.Json;
using Microsoft.Playwright;
using SemaineIndustrie.BrowserTests.Pages;
using Xunit;

namespace SemaineIndustrie.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class Journeys(HttpServerFixture server, BrowserFixture browser)
{
    [Fact]
    public async Task Map_shows_clusters_at_national_zoom_and_the_list_follows_a_zoom_into_a_region()
    {
        await using var session = await BrowserSession.OpenAsync(browser, server);
        var search = await (await HomePage.OpenAsync(session.Page)).OpenMapAsync();

        var (clusters, points) = await search.WaitForMapAsync();
        await Assertions.Expect(search.Clusters.First).ToBeVisibleAsync();
        var national = await search.ReadResultCountAsync();
        Assert.True(clusters > 0, "No cluster at national zoom.");
        Assert.True(national >= HttpServerFixture.CurrentEditionEvents / 2, $"Only {national} events listed nationally.");
        Assert.True((clusters + points) * 5 <= national,
            $"{clusters} clusters and {points} points drawn for {national} events: the map should group them at national zoom.");
        Assert.DoesNotContain("lat_min", session.Page.Url);

        var biggest = await search.ClickBiggestClusterAsync();
        await session.Page.WaitForURLAsync(url => url.Contains("lat_min=", StringComparison.Ordinal));
        await search.WaitForResultCountBelowAsync(national);

        var regional = await search.ReadResultCountAsync();
        Assert.InRange(regional, 1, national - 1);
        Assert.True(regional >= biggest / 2, $"The list shows {regional} events after zooming onto a cluster of {biggest}.");
        await Assertions.Expect(search.Cards.First).ToBeVisibleAsync();
        var url = new Uri(session.Page.Url);
        foreach (var parameter in new[] { "lat_min=", "lat_max=", "lon_min=", "lon_max=" })
        {
            Assert.Contains(parameter, url.Query, StringComparison.Ordinal);
        }
        Assert.Empty(session.OutsideRequests);
        Assert.Empty(session.ScriptErrors);
    }

    [Fact]
    public async Task Applying_a_filter_changes_the_url_and_reload_reproduces_it()
    {
        await using var session = await BrowserSession.OpenAsync(browser, server);
        var search = await (await HomePage.OpenAsync(session.Page)).FindAnEventAsync();
        var unfiltered = await search.ReadResultCountAsync();

        await search.TickFilterAsync("Type d'événement", "Visite d'entreprise");
        await session.Page.WaitForURLAsync(url => url.Contains("type=visite-entreprise", StringComparison.Ordinal));
        await Assertions.Expect(search.Filter("Visite d'entreprise")).ToBeCheckedAsync();
        var count = await search.ReadResultCountAsync();
        var firstTitle = await search.FirstCardTitleAsync();
        Assert.InRange(count, 1, unfiltered - 1);

        var filteredUrl = session.Page.Url;
        await session.Page.ReloadAsync();

        Assert.Equal(filteredUrl, session.Page.Url);
        Assert.Equal(count, await search.ReadResultCountAsync());
        Assert.Equal(firstTitle, await search.FirstCardTitleAsync());
        await Assertions.Expect(search.Filter("Visite d'entreprise")).ToBeCheckedAsync();
        Assert.Empty(session.OutsideRequests);
        Assert.Empty(session.ScriptErrors);
    }

    [Fact]
    public async Task Opening_an_event_shows_its_details_and_downloads_its_calendar_file()
    {
        await using var session = await BrowserSession.OpenAsync(browser, server);
        var search = await SearchPage.OpenAsync(session.Page);
        var title = await search.FirstCardTitleAsync();

        var details = await search.OpenFirstEventAsync();

        await Assertions.Expect(details.Heading).ToHaveTextAsync(title);
        using (var jsonLd = await details.ReadJsonLdAsync())
        {
            Assert.Equal(JsonValueKind.Object, jsonLd.RootElement.ValueKind);
            Assert.Equal("Event", jsonLd.RootElement.GetProperty("@type").GetString());
            Assert.Equal(title, jsonLd.RootElement.GetProperty("name").GetString());
        }

        var (fileName, calendar) = await details.DownloadCalendarAsync();

        Assert.EndsWith(".ics", fileName, StringComparison.Ordinal);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", calendar, StringComparison.Ordinal);
        Assert.Contains("\r\nBEGIN:VEVENT\r\n", calendar, StringComparison.Ordinal);
        Assert.Contains("\r\nDTSTART", calendar, StringComparison.Ordinal);
        Assert.Contains("\r\nEND:VEVENT\r\n", calendar, StringComparison.Ordinal);
        Assert.EndsWith("\r\nEND:VCALENDAR\r\n", calendar, StringComparison.Ordinal);
        var bareLineFeeds = calendar.Select((c, i) => (c, i)).Count(x => x.c == '\n' && (x.i == 0 || calendar[x.i - 1] != '\r'));
        Assert.True(bareLineFeeds == 0, $"{bareLineFeeds} line(s) of the .ics end with LF instead of CRLF.");
        Assert.Empty(session.OutsideRequests);
        Assert.Empty(session.ScriptErrors);
    }
}
