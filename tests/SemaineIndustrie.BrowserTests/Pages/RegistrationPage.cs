using Microsoft.Playwright;

namespace SemaineIndustrie.BrowserTests.Pages;

/// The registration page of an event, `/evenements/{id}/inscription`.
public sealed class RegistrationPage(IPage page)
{
    public ILocator SeatsOfFirstSession => page.GetByTestId("sessions").Locator(".fr-hint-text").First;

    public ILocator Outcome => page.GetByTestId("registration-outcome");

    public Task OpenAsync(int eventId) => page.GotoAsync($"/evenements/{eventId}/inscription");

    public async Task RegisterGroupAsync(string name, string email, string establishment, int participants)
    {
        await page.GetByText("Un groupe : une classe, des stagiaires…").ClickAsync();
        await page.GetByLabel("Nom et prénom").FillAsync(name);
        await page.GetByLabel("Adresse électronique").FillAsync(email);
        await page.GetByLabel("Établissement ou structure").FillAsync(establishment);
        await page.GetByLabel("Nombre de participants").FillAsync(participants.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByText("J'accepte que mes données servent à organiser ma venue").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "S'inscrire" }).ClickAsync();
    }
}
