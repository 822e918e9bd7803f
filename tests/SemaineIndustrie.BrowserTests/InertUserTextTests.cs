using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SemaineIndustrie.BrowserTests.Pages;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Accounts;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Organisations;
using Xunit;

namespace SemaineIndustrie.BrowserTests;

/// Whatever an organiser types, a visitor's browser shows it as text: no script, no event handler,
/// no `javascript:` link ever runs — on the public page, in the list, in the back offices.
[Collection(BrowserCollection.Name)]
public sealed class InertUserTextTests(HttpServerFixture server, BrowserFixture browser)
{
    private const string Title = "Visite <script>window.__pirate = 'titre'</script> de l'usine";
    private const string Description = "<img src=x onerror=\"window.__pirate = 'image'\"> <a href=\"javascript:window.__pirate='lien'\">cliquez</a> <b onmouseover=\"window.__pirate='survol'\">ici</b>";

    [Fact]
    public async Task Scripts_handlers_and_javascript_links_typed_by_an_organiser_never_run()
    {
        var (eventId, slug, email) = await ArrangeAsync();
        await using var session = await BrowserSession.OpenAsync(browser, server);
        var page = session.Page;

        await page.GotoAsync(EventUrls.Page(eventId, slug));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Title);
        await Assertions.Expect(page.GetByText("onerror=", new() { Exact = false })).ToBeVisibleAsync();
        await page.GetByText("cliquez", new() { Exact = false }).First.HoverAsync();
        var links = await page.Locator("a[href^='javascript:' i]").CountAsync();
        Assert.Equal(0, links);
        Assert.Null(await page.EvaluateAsync<string?>("() => window.__pirate ?? null"));

        await page.GotoAsync("/evenements?q=" + Uri.EscapeDataString("visite usine pirate"));
        Assert.Null(await page.EvaluateAsync<string?>("() => window.__pirate ?? null"));

        await new AccountPages(page).SignInAsync(email, "phrase-de-passe-2026");
        await page.GotoAsync($"/organisateur/evenements/{eventId}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Title);
        await page.GotoAsync($"/organisateur/evenements/{eventId}/modifier");
        await Assertions.Expect(page.GetByLabel("Description détaillée")).ToHaveValueAsync(Description);
        Assert.Null(await page.EvaluateAsync<string?>("() => window.__pirate ?? null"));
        Assert.Empty(session.ScriptErrors);
    }

    /// A labelled event written straight into the database, as if an older import had let it through.
    private async Task<(int Id, string Slug, string Email)> ArrangeAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var edition = await db.Editions.OrderByDescending(e => e.Year).FirstAsync();
        var organisation = new Organisation { Name = "Pirates <i onclick=\"window.__pirate='orga'\">SA</i>", Kind = OrganisationKind.Company, CreatedAt = DateTime.UtcNow };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        var e = new Event
        {
            EditionId = edition.Id,
            OrganisationId = organisation.Id,
            Status = EventStatus.Labelled,
            Title = Title,
            Slug = Slugs.From(Title),
            Summary = "Résumé <script>window.__pirate = 'résumé'</script> pirate",
            Description = Description,
            TypeCode = "visite-entreprise",
            Format = EventFormat.Mixed,
            OnlineUrl = "javascript:window.__pirate='en ligne'",
            RegistrationMode = RegistrationMode.External,
            RegistrationUrl = "javascript:window.__pirate='inscription'",
            ContactEmail = "\"><script>window.__pirate='contact'</script>@exemple.fr",
            Place = new Place { AddressLine = "1 rue <script>x()</script>", PostalCode = "69007", CommuneCode = "69123", CommuneName = "Lyon", DepartmentCode = "69", RegionCode = "84", Latitude = 45.73, Longitude = 4.84 },
            Sessions = [new Session { StartsAt = new DateTime(2026, 11, 17, 8, 0, 0, DateTimeKind.Utc), EndsAt = new DateTime(2026, 11, 17, 10, 0, 0, DateTimeKind.Utc) }],
            Terms = [new EventTerm { Kind = TermKind.Audience, Code = "lyceens" }],
            SearchText = FrenchText.Fold("visite usine pirate"),
            FirstStartsAt = new DateTime(2026, 11, 17, 8, 0, 0, DateTimeKind.Utc),
            LastEndsAt = new DateTime(2026, 11, 17, 10, 0, 0, DateTimeKind.Utc),
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
            LabelledAt = DateTime.UtcNow,
        };
        db.Events.Add(e);
        await db.SaveChangesAsync();
        await db.BumpCatalogueVersionAsync(CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<CatalogueRefresher>().RefreshAsync(CancellationToken.None);

        var email = $"pirate-{Guid.NewGuid():N}@exemple.fr";
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.True((await AccountSeeding.CreateAsync(users, email, "<script>window.__pirate='nom'</script>", "phrase-de-passe-2026", Roles.Organiser, organisation.Id)).Succeeded);
        return (e.Id, e.Slug, email);
    }
}
