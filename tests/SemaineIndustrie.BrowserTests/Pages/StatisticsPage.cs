using System.Globalization;
using Microsoft.Playwright;

namespace SemaineIndustrie.BrowserTests.Pages;

/// The public statistics page (`/statistiques`): the map of the regions and the tables beside it.
public sealed class StatisticsPage(IPage page)
{
    public ILocator Map => page.GetByRole(AriaRole.Img, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Événements labellisés par région") });

    public ILocator RegionTable => page.GetByRole(AriaRole.Table, new() { Name = "Événements par région" });

    /// From the main navigation, as a visitor finds it.
    public static async Task<StatisticsPage> OpenFromNavigationAsync(IPage page)
    {
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" }).GetByRole(AriaRole.Link, new() { Name = "Statistiques" }).ClickAsync();
        await page.WaitForURLAsync("**/statistiques");
        return new StatisticsPage(page);
    }

    /// The region's figure in the table, read as a person reads « 1 234 ».
    public async Task<int> TableFigureAsync(string region)
    {
        var row = RegionTable.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = region, Exact = true }) });
        return Figure(await row.GetByRole(AriaRole.Cell).First.InnerTextAsync());
    }

    /// The region's figure in the title of its shape on the map (« Occitanie : 617 événements »).
    public async Task<int> MapFigureAsync(string regionCode)
    {
        var title = await Map.Locator($"[data-region='{regionCode}'] > title").TextContentAsync() ?? "";
        return Figure(title[(title.LastIndexOf(':') + 1)..].Replace("événements", "", StringComparison.Ordinal).Replace("événement", "", StringComparison.Ordinal));
    }

    private static int Figure(string text) => int.Parse(string.Concat(text.Where(char.IsAsciiDigit)), CultureInfo.InvariantCulture);
}
