using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SemaineIndustrie.BrowserTests.Pages;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Accounts;
using SemaineIndustrie.Tests.Mail;
using Xunit;
using Xunit.Abstractions;

namespace SemaineIndustrie.BrowserTests;

/// Issue 3's journey: from an organiser's sign-up to a labelled event on the public map, and its kit.
[Collection(BrowserCollection.Name)]
public sealed class LabellingJourney(HttpServerFixture server, BrowserFixture browser, ITestOutputHelper output)
{
    private const string Password = "phrase-de-passe-2026";

    [Fact]
    public async Task An_organiser_signs_up_submits_an_event_a_moderator_labels_it_and_it_appears_on_the_map()
    {
        var email = $"organisatrice-{Guid.NewGuid():N}@exemple.fr";
        var title = $"Atelier usinage {Guid.NewGuid().ToString("N")[..6]}";
        await using var organiser = await BrowserSession.OpenAsync(browser, server);
        var accounts = new AccountPages(organiser.Page);
        await accounts.SignUpAsync("Inès Moreau", email, Password);

        var confirmation = await new MailFolder(server.MailFolder).WaitForAsync(email);
        await organiser.Page.GotoAsync(new Uri(confirmation.Link("/confirmer-email")).PathAndQuery);
        await Assertions.Expect(organiser.Page.GetByText("Votre compte est activé")).ToBeVisibleAsync();
        await accounts.SignInAsync(email, Password);

        var pages = new OrganiserPages(organiser.Page);
        await pages.CreateOrganisationAsync("Usinage Moreau", "69007", "Lyon");
        await pages.OpenNewEventFormAsync();
        await AxeCheck.AssertNoSeriousViolationAsync(organiser.Page, output);
        var eventId = await pages.FillAndSaveEventAsync(title);
        await pages.SubmitAsync();

        await using var moderator = await BrowserSession.OpenAsync(browser, server);
        var moderatorEmail = await CreateModeratorAsync("84");
        await new AccountPages(moderator.Page).SignInAsync(moderatorEmail, Password);
        var moderation = new ModerationPages(moderator.Page);
        await moderation.OpenQueueAsync(title);
        await AxeCheck.AssertNoSeriousViolationAsync(moderator.Page, output);
        await moderation.OpenRequestAsync(title);
        await AxeCheck.AssertNoSeriousViolationAsync(moderator.Page, output);
        await moderation.LabelAsync();

        await using var visitor = await BrowserSession.OpenAsync(browser, server);
        var query = "?q=" + Uri.EscapeDataString(title);
        await visitor.Page.GotoAsync("/evenements" + query);
        // Each instance notices the decision by polling the catalogue version (every second here), then
        // reloads its index: on a loaded machine that can take a while, so the visitor keeps reloading.
        for (var attempt = 0; attempt < 90 && await visitor.Page.GetByTestId("event-card").CountAsync() == 0; attempt++)
        {
            await Task.Delay(500);
            await visitor.Page.ReloadAsync();
        }
        var search = new SearchPage(visitor.Page);
        await Assertions.Expect(search.Cards.First).ToContainTextAsync(title);
        var (_, points) = await search.WaitForMapAsync();
        Assert.Equal(1, points);

        await organiser.Page.GotoAsync($"/organisateur/evenements/{eventId}");
        await Assertions.Expect(pages.Status).ToHaveTextAsync("Labellisé");
        await organiser.Page.GetByRole(AriaRole.Link, new() { Name = "Kit de communication" }).ClickAsync();
        var download = await organiser.Page.RunAndWaitForDownloadAsync(() =>
            organiser.Page.GetByRole(AriaRole.Link, new() { Name = "Affiche à imprimer" }).ClickAsync());
        Assert.Equal($"affiche-{eventId}.pdf", download.SuggestedFilename);
        var file = await download.PathAsync();
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString((await File.ReadAllBytesAsync(file))[..4]));
        Assert.Empty(organiser.OutsideRequests);
        Assert.Empty(organiser.ScriptErrors);
        Assert.Empty(moderator.ScriptErrors);
    }

    private async Task<string> CreateModeratorAsync(string region)
    {
        var email = $"moderateur-{Guid.NewGuid():N}@exemple.gouv.fr";
        await using var scope = server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var created = await AccountSeeding.CreateAsync(users, email, "Paul Modérateur", Password, Roles.Moderator);
        Assert.True(created.Succeeded);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.ModeratorRegions.Add(new ModeratorRegion { UserId = (await users.FindByEmailAsync(email))!.Id, RegionCode = region });
        await db.SaveChangesAsync();
        return email;
    }
}
