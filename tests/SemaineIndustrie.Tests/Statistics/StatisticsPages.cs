using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SemaineIndustrie.Tests.Statistics;

/// Reading the statistics pages and their CSV files as a person or a spreadsheet does.
public static class StatisticsPages
{
    public static async Task<IDocument> DocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    /// A figure written the French way (« 5 700 000 », with narrow no-break spaces).
    public static int Figure(string text) =>
        int.Parse(string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '\u202f' && c != '\u00a0')), CultureInfo.InvariantCulture);

    /// The rows of a table as code (data-code) → the figure in the given column.
    public static Dictionary<string, int> Column(this IDocument page, string testId, int column = 1) =>
        page.QuerySelectorAll($"[data-testid={testId}] tbody tr")
            .ToDictionary(r => r.GetAttribute("data-code")!, r => Figure(r.Children[column].TextContent));

    /// A downloaded CSV: checks the BOM and returns its rows split on `;` (no quoted separators in these files).
    public static async Task<List<string[]>> CsvAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        return text[..^2].Split("\r\n").Select(line => line.Split(';')).ToList();
    }
}
