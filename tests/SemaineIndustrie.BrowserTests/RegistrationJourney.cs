using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SemaineIndustrie.BrowserTests.Pages;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Accounts;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Organisations;
using SemaineIndustrie.Tests.Mail;
using Xunit;
using Xunit.Abstractions;

namespace SemaineIndustrie.BrowserTests;

/// Issue 4's journey: a class takes seats, another waits, the first cancels by its e-mail link, the
/// second is let in and told; the organiser's export has the right rows.
[Collection(BrowserCollection.Name)]
public sealed class RegistrationJourney(HttpServerFixture server, BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public async Task A_waiting_class_gets_the_seats_a_cancelled_class_gives_back()
    {
        var (eventId, organiserEmail) = await ArrangeAsync();
        var mail = new MailFolder(server.MailFolder);
        var suffix = Guid.NewGuid().ToString("N")[..6];

        await using var first = await BrowserSession.OpenAsync(browser, server);
        var registration = new RegistrationPage(first.Page);
        await registration.OpenAsync(eventId);
        await Assertions.Expect(registration.SeatsOfFirstSession).ToContainTextAsync("30 places restantes sur 30");
        await AxeCheck.AssertNoSeriousViolationAsync(first.Page, output);
        await registration.RegisterGroupAsync("Mme Durand", $"durand-{suffix}@exemple.fr", "Collège Pasteur", 25);
        await Assertions.Expect(registration.Outcome).ToContainTextAsync("Un courriel de confirmation");

        await using var second = await BrowserSession.OpenAsync(browser, server);
        var waiting = new RegistrationPage(second.Page);
        await waiting.OpenAsync(eventId);
        await Assertions.Expect(waiting.SeatsOfFirstSession).ToContainTextAsync("5 places restantes sur 30");
        await waiting.RegisterGroupAsync("M. Petit", $"petit-{suffix}@exemple.fr", "Lycée Curie", 10);
        await Assertions.Expect(waiting.Outcome).ToContainTextAsync("Le créneau est complet");

        var confirmation = await mail.WaitForAsync($"durand-{suffix}@exemple.fr");
        await first.Page.GotoAsync(new Uri(confirmation.Link("/inscriptions/")).PathAndQuery);
        await AxeCheck.AssertNoSeriousViolationAsync(first.Page, output);
        await first.Page.GetByRole(AriaRole.Button, new() { Name = "Annuler mon inscription" }).ClickAsync();
        await Assertions.Expect(first.Page.GetByText("Votre inscription est annulée")).ToBeVisibleAsync();

        var promoted = await mail.WaitForAsync($"petit-{suffix}@exemple.fr", m => m.Subject.StartsWith("Une place s'est libérée", StringComparison.Ordinal));
        Assert.Contains("groupe de 10 participants", promoted.Body);

        await using var organiser = await BrowserSession.OpenAsync(browser, server);
        await new AccountPages(organiser.Page).SignInAsync(organiserEmail, "phrase-de-passe-2026");
        await organiser.Page.GotoAsync($"/organisateur/evenements/{eventId}/inscriptions");
        await AxeCheck.AssertNoSeriousViolationAsync(organiser.Page, output);
        var download = await organiser.Page.RunAndWaitForDownloadAsync(() =>
            organiser.Page.GetByRole(AriaRole.Link, new() { Name = "Exporter la liste (CSV pour tableur)" }).ClickAsync());
        var lines = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(await download.PathAsync())).TrimStart('\uFEFF')
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("M. Petit", lines[1]);
        Assert.Contains(";Inscrit;Groupe;", lines[1]);
        Assert.Contains("Lycée Curie", lines[1]);
        Assert.Empty(first.ScriptErrors);
        Assert.Empty(second.OutsideRequests);
    }

    private async Task<(int EventId, string OrganiserEmail)> ArrangeAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var edition = db.Editions.OrderByDescending(e => e.Year).First();
        var organisation = new Organisation { Name = "Ateliers Lenoir", Kind = OrganisationKind.Company, CreatedAt = DateTime.UtcNow };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        var start = new DateTime(2026, 11, 18, 8, 0, 0, DateTimeKind.Utc);
        var e = new Event
        {
            EditionId = edition.Id,
            OrganisationId = organisation.Id,
            Status = EventStatus.Labelled,
            Title = "Découverte des ateliers Lenoir",
            Slug = "decouverte-des-ateliers-lenoir",
            Summary = "Usinage et maintenance.",
            Description = "Visite des ateliers.",
            TypeCode = "visite-entreprise",
            RegistrationMode = RegistrationMode.Platform,
            Place = new Place { AddressLine = "8 rue Lenoir", PostalCode = "69007", CommuneCode = "69123", CommuneName = "Lyon", DepartmentCode = "69", RegionCode = "84", Latitude = 45.73, Longitude = 4.84 },
            Sessions = [new Session { StartsAt = start, EndsAt = start.AddHours(2), Capacity = 30 }],
            Terms = [new EventTerm { Kind = TermKind.Audience, Code = "collegiens" }],
            SearchText = FrenchText.Fold("Découverte des ateliers Lenoir"),
            FirstStartsAt = start,
            LastEndsAt = start.AddHours(2),
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
            LabelledAt = DateTime.UtcNow,
        };
        db.Events.Add(e);
        await db.SaveChangesAsync();
        var email = $"lenoir-{Guid.NewGuid():N}@exemple.fr";
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.True((await AccountSeeding.CreateAsync(users, email, "Rémi Lenoir", "phrase-de-passe-2026", Roles.Organiser, organisation.Id)).Succeeded);
        return (e.Id, email);
    }
}
