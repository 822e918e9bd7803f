using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SemaineIndustrie.BrowserTests.Pages;

/// The search page, `/evenements`: filters, the map (`#carte`) and the list it keeps in step.
public sealed partial class SearchPage(IPage page)
{
    public IPage Page => page;

    public ILocator Map => page.GetByTestId("map");

    public ILocator Clusters => Map.Locator(".marker-cluster");

    public ILocator ResultCount => page.GetByTestId("results").GetByTestId("result-count");

    public ILocator Cards => page.GetByTestId("results").GetByTestId("event-card");

    public static async Task<SearchPage> OpenAsync(IPage page, string query = "")
    {
        await page.GotoAsync("/evenements" + query);
        return new SearchPage(page);
    }

    /// Waits until map.js has drawn the server's answer for the visible area and says what it drew.
    public async Task<(int Clusters, int Points)> WaitForMapAsync()
    {
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=map]')?.dataset.clusters !== undefined");
        var clusters = int.Parse(await Map.GetAttributeAsync("data-clusters") ?? "0");
        var points = int.Parse(await Map.GetAttributeAsync("data-points") ?? "0");
        return (clusters, points);
    }

    /// The number in « N événements labellisés ».
    public async Task<int> ReadResultCountAsync() => ParseCount(await ResultCount.InnerTextAsync());

    public Task WaitForResultCountBelowAsync(int limit) => page.WaitForFunctionAsync(
        """
        limit => {
          const heading = document.querySelector('[data-testid=results] [data-testid=result-count]');
          return heading !== null && Number(heading.textContent.replace(/\D/g, '')) < limit;
        }
        """,
        limit);

    /// Clicks the cluster holding the most events; the map zooms onto its extent.
    public async Task<int> ClickBiggestClusterAsync()
    {
        var counts = await Clusters.EvaluateAllAsync<string[]>("clusters => clusters.map(c => c.textContent)");
        var biggest = counts.Select((text, index) => (Count: ParseCount(text), Index: index)).MaxBy(c => c.Count);
        await Clusters.Nth(biggest.Index).ClickAsync();
        return biggest.Count;
    }

    /// Opens a filter group of the form (« Type d'événement »…) and ticks one of its values by clicking
    /// its label, as a user does: the DSFR draws the box on the label, over the real input. The form
    /// then submits itself.
    public async Task TickFilterAsync(string group, string value)
    {
        var label = page.GetByTestId("facets").Locator("label", new() { HasText = value });
        if (!await label.IsVisibleAsync())
        {
            await page.GetByRole(AriaRole.Button, new() { Name = group }).ClickAsync();
        }
        await label.ClickAsync();
    }

    /// A filter check box, named by its label (which ends with the number of matching events).
    public ILocator Filter(string value) => page.GetByRole(AriaRole.Checkbox, new() { Name = value });

    public async Task<string> FirstCardTitleAsync() => (await Cards.First.GetByRole(AriaRole.Link).InnerTextAsync()).Trim();

    public async Task<EventPage> OpenFirstEventAsync()
    {
        await Cards.First.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync(EventPage.Address());
        return new EventPage(page);
    }

    public static int ParseCount(string text) => int.Parse(NotDigits().Replace(text, ""));

    [GeneratedRegex(@"\D")]
    private static partial Regex NotDigits();
}
