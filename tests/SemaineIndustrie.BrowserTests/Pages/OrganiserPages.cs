using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SemaineIndustrie.BrowserTests.Pages;

/// The organiser's back office: the organisation form, the event form and the event's own page.
public sealed partial class OrganiserPages(IPage page)
{
    public async Task CreateOrganisationAsync(string name, string postalCode, string city)
    {
        await page.GotoAsync("/organisateur/structure");
        await page.GetByLabel("Nom de la structure").FillAsync(name);
        await page.GetByLabel("Type de structure").SelectOptionAsync(new SelectOptionValue { Label = "Entreprise" });
        await page.GetByLabel("Code postal").FillAsync(postalCode);
        await page.GetByLabel("Commune").FillAsync(city);
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer la structure" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Votre structure est enregistrée")).ToBeVisibleAsync();
    }

    public async Task OpenNewEventFormAsync()
    {
        await page.GotoAsync("/organisateur/evenements/nouveau");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nouvel événement" })).ToBeVisibleAsync();
    }

    /// Fills the whole form for an on-site event in Lyon on 17 November and saves it; returns its id.
    public async Task<int> FillAndSaveEventAsync(string title)
    {
        await page.GetByLabel("Titre").FillAsync(title);
        await page.GetByLabel("Présentation courte").FillAsync("Découvrez les métiers de l'usinage et de la maintenance.");
        await page.GetByLabel("Description détaillée").FillAsync("Visite de l'atelier, démonstrations et échanges avec des apprentis.");
        await page.GetByLabel("Type d'événement").SelectOptionAsync(new SelectOptionValue { Label = "Visite d'entreprise" });
        await page.GetByText("Lycéens", new() { Exact = true }).ClickAsync();
        await page.GetByLabel("Numéro et voie").FillAsync("12 rue des Forges");
        await page.GetByLabel("Code postal").FillAsync("69007");
        await page.GetByLabel("Commune").FillAsync("Lyon");
        await page.GetByLabel("Créneau 1 : date").FillAsync("2026-11-17");
        await page.GetByLabel("Créneau 1 : début").FillAsync("09:30");
        await page.GetByLabel("Créneau 1 : fin").FillAsync("11:30");
        await page.GetByLabel("Créneau 1 : places").FillAsync("25");
        await page.GetByText("Sur la plateforme, avec un nombre de places par créneau").ClickAsync();
        await page.GetByText("L'événement est gratuit pour le public").ClickAsync();
        await page.GetByText("L'événement a pour objet d'informer").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(EventPage());
        return int.Parse(EventPage().Match(page.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task SubmitAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Soumettre la demande de label" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("status")).ToHaveTextAsync("Demande en cours d'examen");
    }

    public ILocator Status => page.GetByTestId("status");

    [GeneratedRegex(@"/organisateur/evenements/(\d+)(\?|$)")]
    private static partial Regex EventPage();
}
