using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SemaineIndustrie.BrowserTests.Pages;

/// The page of one event, `/evenements/{id}-{slug}`.
public sealed partial class EventPage(IPage page)
{
    public IPage Page => page;

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator AddToCalendar => page.GetByRole(AriaRole.Link, new() { Name = "Ajouter à mon agenda" });

    public static Regex Address() => EventAddress();

    public async Task<JsonDocument> ReadJsonLdAsync()
    {
        var script = await page.Locator("script[type='application/ld+json']").First.TextContentAsync();
        return JsonDocument.Parse(script ?? "");
    }

    /// Clicks « Ajouter à mon agenda » and returns the downloaded file's name and text.
    public async Task<(string FileName, string Text)> DownloadCalendarAsync()
    {
        var download = await page.RunAndWaitForDownloadAsync(() => AddToCalendar.ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return (download.SuggestedFilename, await reader.ReadToEndAsync());
    }

    [GeneratedRegex(@"/evenements/\d+-[a-z0-9-]+$")]
    private static partial Regex EventAddress();
}
