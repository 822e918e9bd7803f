using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace SemaineIndustrie.Tests.Discovery;

/// Whatever a visitor or a program puts in the URL, the list page answers with a French message and
/// sensible results, and the API with 400 ProblemDetails naming the parameter: never a 5xx.
public sealed class BadInputTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    /// A query string, and the parameter the search API and the map API must name (null: accepted).
    private sealed record BadCase(string Query, string? Search, string? Map);

    private static readonly string LongText = "q=" + string.Concat(Enumerable.Repeat("m%C3%A9tallurgie+", 640));

    private static readonly BadCase[] Cases =
    [
        new("region=99", "region", "region"),
        new("region=" + string.Join("&region=", Enumerable.Range(0, 50).Select(i => i.ToString("00", System.Globalization.CultureInfo.InvariantCulture))), "region", "region"),
        new("region=" + string.Join(",", Enumerable.Range(0, 50).Select(i => "r" + i)), "region", "region"),
        new("departement=999", "departement", "departement"),
        new("lat_min=50&lat_max=40&lon_min=0&lon_max=1", "lat_min", "lat_min"),
        new("lat_min=40&lat_max=50&lon_min=5&lon_max=1", "lon_min", "lon_min"),
        new("lat_min=45", "lat_max", "lat_max"),
        new("lat_min=-100&lat_max=50&lon_min=0&lon_max=1", "lat_min", "lat_min"),
        new("page=0", "page", "page"),
        new("page=-3", "page", "page"),
        new("page=999999", "page", null),
        new("page=abc", "page", "page"),
        new("page=1.5", "page", "page"),
        new("page=99999999999999999999", "page", "page"),
        new("taille=0", "taille", "taille"),
        new("taille=100000", "taille", "taille"),
        new("taille=-1", "taille", "taille"),
        new("du=2026-13-45", "du", "du"),
        new("du=demain", "du", "du"),
        new("au=31/02/2026", "au", "au"),
        new("du=1850-01-01", "du", "du"),
        new("du=2026-11-20&au=2026-11-10", "au", "au"),
        new(LongText, "q", "q"),
        new("lat=abc&lon=2", "lat", "lat"),
        new("lat=NaN&lon=2", "lat", "lat"),
        new("lat=1e308&lon=2", "lat", "lat"),
        new("lat=45", "lon", "lon"),
        new("lat=45&lon=Infinity", "lon", "lon"),
        new("lat=45&lon=5&rayon=0", "rayon", "rayon"),
        new("lat=45&lon=5&rayon=100000", "rayon", "rayon"),
        new("zoom=99", null, "zoom"),
        new("zoom=abc", null, "zoom"),
        new("zoom=-1", null, "zoom"),
        new("tri=hasard", "tri", "tri"),
        new("tri=distance", "tri", "tri"),
        new("tri=pertinence", "tri", "tri"),
        new("edition=1800", "edition", "edition"),
        new("edition=%F0%9F%98%80", "edition", "edition"),
        new("cp=ABCDE", "cp", "cp"),
        new("cp=00000", "cp", "cp"),
        new("commune=00000", "commune", "commune"),
        new("type=inconnu", "type", "type"),
        new("public=martiens", "public", "public"),
        new("theme=%3Cb%3E", "theme", "theme"),
        new("filiere=spatiale", "filiere", "filiere"),
        new("format=papier", "format", "format"),
        new("accessibilite=tout", "accessibilite", "accessibilite"),
        new("region=%F0%9F%98%80", "region", "region"),
        new("region=%00", "region", "region"),
        new("region=11%27%20OR%20%271%27%3D%271", "region", "region"),
        new("departement=1%3B%20DELETE%20FROM%20events", "departement", "departement"),
        new("region=%E9", "region", "region"),
        new("page=2&page=abc", "page", "page"),
        new("q=%F0%9F%98%80%F0%9F%8F%AD", null, null),
        new("q=%00%00", null, null),
        new("q=%E2%80%AE%D8%A7%D9%84", null, null),
        new("q=%27%20OR%201%3D1%20--", null, null),
        new("q=Robert%27)%3B%20DROP%20TABLE%20events%3B--", null, null),
        new("q=%25%25%25_%5C", null, null),
        new("q=%ZZ%E9%FF%C3", null, null),
        new("q=%", null, null),
        new("%%%=%%%", null, null),
        new("q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", null, null),
        new("region=11&region=11&region=84", null, null),
        new("page=1&page=2", null, null),
        new("q=visite&q=job", null, null),
        new("foo=bar&zzz&=x", null, null),
        new("region=&page=&taille=&lat=&lon=", null, null),
        new("utm_source=%3Cscript%3E&fbclid=1", null, null),
    ];

    private static readonly string[] Contexts = ["", "type=visite-entreprise&public=lyceens&", "edition=2024&", "region=84&accessibilite=moteur&"];

    private readonly HttpClient _client = app.CreateClient();

    public static IEnumerable<string> QueryStrings()
    {
        var random = new Random(99);
        var all = Contexts.SelectMany(context => Cases.Select(c => "?" + context + c.Query)).ToList();
        for (var i = 0; i < 80; i++)
        {
            all.Add($"?{Cases[random.Next(Cases.Length)].Query}&{Cases[random.Next(Cases.Length)].Query}");
        }
        return all;
    }

    [Fact]
    public async Task No_generated_bad_query_string_gets_a_server_error()
    {
        var queries = QueryStrings().ToList();
        Assert.True(queries.Count >= 300);
        var failures = new List<string>();
        foreach (var query in queries)
        {
            foreach (var path in new[] { "/evenements", "/api/evenements", "/api/carte" })
            {
                using var response = await _client.GetAsync(path + query);
                var body = await response.Content.ReadAsStringAsync();
                if ((int)response.StatusCode >= 500 || body.Contains("   at ", StringComparison.Ordinal))
                {
                    failures.Add($"{(int)response.StatusCode} {path}{Shorten(query)}");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(20)));
    }

    [Fact]
    public async Task Search_api_answers_400_naming_the_bad_parameter()
    {
        var failures = new List<string>();
        foreach (var context in Contexts)
        {
            foreach (var bad in Cases)
            {
                var query = "?" + context + bad.Query;
                await CheckAsync("/api/evenements" + query, context.Length == 0 || bad.Search is not null ? bad.Search : "?", failures);
                await CheckAsync("/api/carte" + query, context.Length == 0 || bad.Map is not null ? bad.Map : "?", failures);
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(20)));
    }

    [Fact]
    public async Task List_page_answers_200_with_a_french_message_for_bad_parameters()
    {
        var parser = new HtmlParser();
        var failures = new List<string>();
        foreach (var bad in Cases.Where(c => c.Search is not null))
        {
            using var response = await _client.GetAsync("/evenements?" + bad.Query);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                Assert.Fail("GET /evenements answers 404: the list page is not there.");
            }
            var document = parser.ParseDocument(await response.Content.ReadAsStringAsync());
            var messages = document.QuerySelector("[data-testid=search-messages]")?.TextContent ?? "";
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{(int)response.StatusCode} for /evenements?{Shorten(bad.Query)}");
            }
            else if (document.DocumentElement.GetAttribute("lang") != "fr" || !ContainsFrenchWords(messages))
            {
                failures.Add($"no French message for /evenements?{Shorten(bad.Query)}: « {messages.Trim()} »");
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(20)));
    }

    [Fact]
    public async Task Search_api_names_page_when_asking_beyond_the_last_page()
    {
        var last = (await _client.SearchAsync("?region=84&taille=50")).PageCount;
        await _client.SearchAsync($"?region=84&taille=50&page={last}");
        var failures = new List<string>();
        await CheckAsync($"/api/evenements?region=84&taille=50&page={last + 1}", "page", failures);
        Assert.Empty(failures);
    }

    /// Expected: a parameter name (400 naming it), null (200) or "?" (anything but a 5xx).
    private async Task CheckAsync(string url, string? expected, List<string> failures)
    {
        using var response = await _client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        if (expected == "?")
        {
            return;
        }
        if (expected is null)
        {
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{Shorten(url)}: expected 200, got {(int)response.StatusCode} {Shorten(body)}");
            }
            return;
        }
        if (response.StatusCode != HttpStatusCode.BadRequest || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            failures.Add($"{Shorten(url)}: expected 400 problem+json naming {expected}, got {(int)response.StatusCode} {response.Content.Headers.ContentType}");
            return;
        }
        using var json = JsonDocument.Parse(body);
        var named = json.RootElement.TryGetProperty("errors", out var errors)
            ? errors.EnumerateObject().Select(p => p.Name).ToList()
            : [];
        if (!named.Contains(expected, StringComparer.OrdinalIgnoreCase))
        {
            failures.Add($"{Shorten(url)}: errors name [{string.Join(", ", named)}], not {expected}");
        }
        else if (!ContainsFrenchWords(string.Join(' ', errors.EnumerateObject().SelectMany(p => p.Value.EnumerateArray()).Select(m => m.GetString()))))
        {
            failures.Add($"{Shorten(url)}: the messages are not in French: {Shorten(body)}");
        }
    }

    private static bool ContainsFrenchWords(string text) =>
        new[] { " la ", " le ", " de ", " du ", " pour ", " doit ", " inconnu", " invalide", "trop ", " demande ", " n'existe " }
            .Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "…";
}
