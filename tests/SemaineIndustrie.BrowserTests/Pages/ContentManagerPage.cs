using Microsoft.Playwright;

namespace SemaineIndustrie.BrowserTests.Pages;

/// The administrators' content manager (`/administration/contenus`) and its form, by their labels.
public sealed class ContentManagerPage(IPage page)
{
    public async Task StartPressReleaseAsync()
    {
        await page.GotoAsync("/administration/contenus?type=communiques");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ajouter : communiqué de presse" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("content-form")).ToBeVisibleAsync();
    }

    public async Task FillAsync(string title, string body, string date, string place, string region)
    {
        await page.GetByLabel("Titre", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel(new System.Text.RegularExpressions.Regex("^Texte")).FillAsync(body);
        await page.GetByLabel("Date", new() { Exact = true }).FillAsync(date);
        await page.GetByLabel("Lieu (ville du communiqué)").FillAsync(place);
        await page.GetByLabel("Région (vide : national)").SelectOptionAsync(new SelectOptionValue { Label = region });
    }

    public ILocator Preview => page.GetByTestId("preview");

    public Task PreviewAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Prévisualiser" }).ClickAsync();

    public Task AttachAsync(string name, byte[] content) =>
        page.GetByLabel(new System.Text.RegularExpressions.Regex("^Ajouter un fichier")).SetInputFilesAsync(new FilePayload { Name = name, MimeType = "application/pdf", Buffer = content });

    public async Task PublishAsync()
    {
        await page.GetByText("Publié", new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Le contenu a été enregistré.")).ToBeVisibleAsync();
    }
}
