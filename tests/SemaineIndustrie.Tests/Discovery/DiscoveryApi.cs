using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SemaineIndustrie.Features.Discovery;

namespace SemaineIndustrie.Tests.Discovery;

/// Reads the public discovery API the way a program does: over HTTP, as JSON.
internal static class DiscoveryApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<SearchResponse> SearchAsync(this HttpClient client, string queryString)
    {
        using var response = await client.GetAsync("/api/evenements" + queryString);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET /api/evenements{queryString} answered {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<SearchResponse>(body, Json)!;
    }

    /// Every matching event id, in order, over all pages.
    public static async Task<List<int>> AllIdsAsync(this HttpClient client, string queryString)
    {
        var separator = queryString.Length == 0 ? "?" : "&";
        var ids = new List<int>();
        for (var page = 1; ; page++)
        {
            var response = await client.SearchAsync($"{queryString}{separator}taille=100&page={page}");
            ids.AddRange(response.Items.Select(i => i.Id));
            if (page >= response.PageCount)
            {
                return ids;
            }
        }
    }

    public static async Task<MapResult> MapAsync(this HttpClient client, string queryString)
    {
        using var response = await client.GetAsync("/api/carte" + queryString);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET /api/carte{queryString} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<MapResult>(Json))!;
    }
}
