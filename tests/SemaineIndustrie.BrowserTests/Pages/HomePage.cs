using Microsoft.Playwright;

namespace SemaineIndustrie.BrowserTests.Pages;

/// The home page, `/`.
public sealed class HomePage(IPage page)
{
    public IPage Page => page;

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    private ILocator Main => page.GetByRole(AriaRole.Main);

    public static async Task<HomePage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/");
        return new HomePage(page);
    }

    /// « Voir la carte »: the search page, scrolled to its map.
    public async Task<SearchPage> OpenMapAsync()
    {
        await Main.GetByRole(AriaRole.Link, new() { Name = "Voir la carte" }).ClickAsync();
        await page.WaitForURLAsync("**/evenements#carte");
        return new SearchPage(page);
    }

    /// « Trouver un événement »: the search page with no filter.
    public async Task<SearchPage> FindAnEventAsync()
    {
        await Main.GetByRole(AriaRole.Link, new() { Name = "Trouver un événement" }).ClickAsync();
        await page.WaitForURLAsync("**/evenements");
        return new SearchPage(page);
    }
}
