using Microsoft.Playwright;

namespace SemaineIndustrie.BrowserTests.Pages;

/// The committee's queue (`/moderation`) and a request's page.
public sealed class ModerationPages(IPage page)
{
    public async Task OpenQueueAsync(string search)
    {
        await page.GotoAsync("/moderation");
        await page.GetByLabel("Rechercher").FillAsync(search);
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("queue")).ToBeVisibleAsync();
    }

    public Task OpenRequestAsync(string title) => page.GetByTestId("queue").GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();

    public async Task LabelAsync()
    {
        await page.GetByText("Labelliser", new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la décision" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Votre décision est enregistrée")).ToBeVisibleAsync();
    }
}
