using Microsoft.Playwright;

namespace SemaineIndustrie.BrowserTests.Pages;

/// Sign-up (`/inscription`) and sign-in (`/connexion`), by their labels.
public sealed class AccountPages(IPage page)
{
    public async Task SignUpAsync(string name, string email, string password)
    {
        await page.GotoAsync("/inscription");
        await page.GetByLabel("Prénom et nom").FillAsync(name);
        await page.GetByLabel("Adresse électronique").FillAsync(email);
        await page.GetByLabel(new System.Text.RegularExpressions.Regex("^Mot de passe")).FillAsync(password);
        await page.GetByLabel("Confirmation du mot de passe").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer mon compte" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Vérifiez votre messagerie")).ToBeVisibleAsync();
    }

    public async Task SignInAsync(string email, string password)
    {
        await page.GotoAsync("/connexion");
        await page.GetByLabel("Adresse électronique").FillAsync(email);
        await page.GetByLabel(new System.Text.RegularExpressions.Regex("^Mot de passe")).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/connexion", StringComparison.Ordinal));
    }
}
