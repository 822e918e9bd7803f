using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SemaineIndustrie.BrowserTests.Pages;
using SemaineIndustrie.Data.Demo;
using SemaineIndustrie.Features.Accounts;
using Xunit;
using Xunit.Abstractions;

namespace SemaineIndustrie.BrowserTests;

/// An administrator publishes a regional press release with its press kit: visitors find it on the
/// press page and on the region's page, download the PDF, and the script typed in it stays text.
[Collection(BrowserCollection.Name)]
public sealed class ContentJourney(HttpServerFixture server, BrowserFixture browser, ITestOutputHelper output)
{
    private const string Password = "phrase-de-passe-2026";
    private const string Title = "La Semaine de l'industrie en Bretagne : 60 usines ouvertes";
    private const string Body = "## Programme\n\nDes visites dans toute la région.\n\n<script>window.__pirate = 'communique'</script>";

    [Fact]
    public async Task An_administrator_publishes_a_regional_press_release_with_its_press_kit()
    {
        var email = await CreateAdministratorAsync();
        await using var admin = await BrowserSession.OpenAsync(browser, server);
        await new AccountPages(admin.Page).SignInAsync(email, Password);
        var manager = new ContentManagerPage(admin.Page);
        await manager.StartPressReleaseAsync();
        await manager.FillAsync(Title, Body, "2026-11-03", "Rennes", "Bretagne");
        await manager.PreviewAsync();
        await Assertions.Expect(manager.Preview).ToContainTextAsync("<script>window.__pirate = 'communique'</script>");
        await AxeCheck.AssertNoSeriousViolationAsync(admin.Page, output);
        var kit = DemoDocuments.Pdf("Dossier de presse", "La Semaine en Bretagne", ["Soixante usines ouvrent leurs portes."]);
        await manager.AttachAsync("Dossier de presse Bretagne.pdf", kit);
        await manager.PublishAsync();
        Assert.Null(await admin.Page.EvaluateAsync<string?>("() => window.__pirate ?? null"));

        await using var visitor = await BrowserSession.OpenAsync(browser, server);
        var page = visitor.Page;
        await page.GotoAsync("/presse?region=53");
        await page.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Title);
        await Assertions.Expect(page.GetByTestId("article-body")).ToContainTextAsync("<script>window.__pirate = 'communique'</script>");
        Assert.Null(await page.EvaluateAsync<string?>("() => window.__pirate ?? null"));

        var link = page.GetByTestId("files").GetByRole(AriaRole.Link);
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.Equal("dossier-de-presse-bretagne.pdf", download.SuggestedFilename);
        Assert.Equal(kit, await File.ReadAllBytesAsync((await download.PathAsync())!));
        var response = await page.APIRequest.GetAsync((await link.GetAttributeAsync("href"))!);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString((await response.BodyAsync())[..4]));

        await page.GotoAsync("/regions/bretagne");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = Title })).ToBeVisibleAsync();
        Assert.Null(await page.EvaluateAsync<string?>("() => window.__pirate ?? null"));
        Assert.Empty(visitor.OutsideRequests);
        Assert.Empty(visitor.ScriptErrors);
        Assert.Empty(admin.ScriptErrors);
    }

    [Theory]
    [InlineData("/presse")]
    [InlineData("/espace-enseignants")]
    [InlineData("/espace-entreprises?categorie=guide")]
    [InlineData("/regions/nouvelle-aquitaine")]
    [InlineData("/mentions-legales")]
    [InlineData("/accessibilite")]
    [InlineData("/credits")]
    [InlineData("/faq")]
    [InlineData("/edition")]
    public async Task Content_pages_have_no_serious_accessibility_violation(string url)
    {
        await using var session = await BrowserSession.OpenAsync(browser, server);
        await session.Page.GotoAsync(url);
        await Assertions.Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        if (url.StartsWith("/regions/", StringComparison.Ordinal))
        {
            await Assertions.Expect(session.Page.Locator("#carte .leaflet-marker-icon").First).ToBeVisibleAsync();
        }
        await AxeCheck.AssertNoSeriousViolationAsync(session.Page, output);
        Assert.Empty(session.ScriptErrors);
    }

    private async Task<string> CreateAdministratorAsync()
    {
        var email = $"admin-{Guid.NewGuid():N}@exemple.gouv.fr";
        await using var scope = server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.True((await AccountSeeding.CreateAsync(users, email, "Alix Administratrice", Password, Roles.Administrator)).Succeeded);
        return email;
    }
}
