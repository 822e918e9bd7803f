using System.Net;
using AngleSharp.Html.Parser;
using SemaineIndustrie.Features.OpenData;

namespace SemaineIndustrie.Tests.OpenData;

/// The documentation page, the widget and the search page's block that produces it.
public sealed class OpenDataPageTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private readonly HttpClient _client = app.CreateClient();
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task Documentation_page_describes_every_csv_column_parameter_and_the_licence()
    {
        var page = await Parser.ParseDocumentAsync(await _client.TextAsync("/donnees-ouvertes"));

        var columns = page.QuerySelectorAll("[data-testid=csv-columns] tbody tr td:first-child").Select(c => c.TextContent).ToList();
        Assert.Equal(CsvFeed.Columns.Select(c => c.Name), columns);
        var parameters = page.QuerySelectorAll("[data-testid=parameters] tbody code").Select(c => c.TextContent).ToList();
        Assert.Contains("cursor", parameters);
        Assert.Contains("region", parameters);
        Assert.Contains("Licence Ouverte", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == OpenDataEndpoints.DocumentUrl);
        Assert.Contains(page.QuerySelectorAll("footer a"), a => a.GetAttribute("href") == "/donnees-ouvertes");
        foreach (var example in page.QuerySelectorAll("#exemples a").Select(a => new Uri(a.GetAttribute("href")!).PathAndQuery))
        {
            using var response = await _client.GetAsync(example);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"example {example} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Search_page_offers_a_widget_of_the_same_selection_that_any_site_may_frame()
    {
        var search = await Parser.ParseDocumentAsync(await _client.TextAsync("/evenements?region=84&type=visite-entreprise"));
        var snippet = search.QuerySelector("[data-testid=widget-snippet] textarea")!.TextContent;
        var frame = Parser.ParseDocument(snippet).QuerySelector("iframe")!;
        var source = new Uri(frame.GetAttribute("src")!);
        Assert.Equal("/widget", source.AbsolutePath);
        Assert.False(string.IsNullOrWhiteSpace(frame.GetAttribute("title")));

        using var response = await _client.GetAsync(source.PathAndQuery);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("frame-ancestors *", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.True(response.Headers.CacheControl!.Public);
        var widget = Parser.ParseDocument(html);
        Assert.Empty(widget.QuerySelectorAll("script, link[rel=stylesheet], form"));
        var links = widget.QuerySelectorAll("[data-testid=widget-events] a").Select(a => a.GetAttribute("href")!).ToList();
        var expected = (await _client.PageAsync("/api/v1/events?region=84&type=visite-entreprise&limit=10")).Items.Select(e => e.Url);
        Assert.Equal(expected, links);
        Assert.True(html.Length < 16_000, $"the widget page weighs {html.Length} characters");
    }

    [Fact]
    public async Task Links_use_the_sites_public_address_whatever_Host_a_client_sends()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/events?region=84&limit=3");
        request.Headers.Host = "donnees.exemple.fr";
        using var response = await _client.SendAsync(request);
        var page = System.Text.Json.JsonSerializer.Deserialize<EventsPage>(await response.Content.ReadAsStringAsync(),
            new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;

        Assert.All(page.Items, e => Assert.StartsWith("http://localhost:5000/evenements/", e.Url, StringComparison.Ordinal));
        Assert.StartsWith("http://localhost:5000/api/v1/events?", page.Next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_widget_lets_other_sites_frame_it()
    {
        using var response = await _client.GetAsync("/evenements");
        Assert.False(response.Headers.TryGetValues("Content-Security-Policy", out var policies)
            && policies.Any(p => p.Contains("frame-ancestors *", StringComparison.Ordinal)));
    }
}
