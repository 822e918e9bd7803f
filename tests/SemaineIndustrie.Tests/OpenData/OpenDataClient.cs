using System.Diagnostics;
using System.Net;
using System.Text.Json;
using SemaineIndustrie.Features.OpenData;

namespace SemaineIndustrie.Tests.OpenData;

/// Reads the open data as a reuser does: over HTTP, following the « next » links.
internal static class OpenDataClient
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<EventsPage> PageAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<EventsPage>(body, Json)!;
    }

    /// Every page of a selection, from the first to the one without « next ».
    public static async Task<List<EventsPage>> WalkAsync(this HttpClient client, string queryString, int limit)
    {
        var separator = queryString.Length == 0 ? "?" : "&";
        var pages = new List<EventsPage> { await client.PageAsync($"/api/v1/events{queryString}{separator}limit={limit}") };
        while (pages[^1].Next is { } next)
        {
            Assert.True(pages.Count < 10_000, "the « next » links do not end");
            pages.Add(await client.PageAsync(new Uri(next).PathAndQuery));
        }
        return pages;
    }

    public static async Task<List<int>> AllOpenIdsAsync(this HttpClient client, string queryString) =>
        (await client.WalkAsync(queryString, OpenDataQuery.MaxLimit)).SelectMany(p => p.Items.Select(i => i.Id)).ToList();

    public static async Task<string> TextAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}: {body}");
        return body;
    }
}

/// Runs tests/…/OpenData/validators/validate.mjs, which checks a file with a third-party parser
/// (ical.js, @placemarkio/check-geojson, fast-xml-parser, @apidevtools/swagger-parser) installed by
/// `npm ci` in build/test.sh.
internal static class ThirdPartyValidator
{
    public static async Task<string> AssertValidAsync(string format, string content)
    {
        var file = Path.Combine(Path.GetTempPath(), $"semaine-opendata-{Guid.NewGuid():N}.{format}");
        await File.WriteAllTextAsync(file, content);
        try
        {
            var script = Path.Combine(RepositoryPaths.Root, "tests", "SemaineIndustrie.Tests", "OpenData", "validators", "validate.mjs");
            var start = new ProcessStartInfo("node", [script, format, file])
            {
                RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryPaths.Root,
            };
            using var node = Process.Start(start)!;
            var output = node.StandardOutput.ReadToEndAsync();
            var error = node.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await node.WaitForExitAsync(timeout.Token);
            Assert.True(node.ExitCode == 0, $"{format} rejected by its validator: {await error}{await output}");
            return (await output).Trim();
        }
        finally
        {
            File.Delete(file);
        }
    }
}
