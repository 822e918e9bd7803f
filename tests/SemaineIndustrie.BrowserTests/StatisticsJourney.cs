using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SemaineIndustrie.BrowserTests.Pages;
using SemaineIndustrie.Features.Accounts;
using Xunit;
using Xunit.Abstractions;

namespace SemaineIndustrie.BrowserTests;

/// Issue 5: the programme seen from above, for visitors and for the committee.
[Collection(BrowserCollection.Name)]
public sealed class StatisticsJourney(HttpServerFixture server, BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public async Task A_visitor_reads_the_map_of_the_regions_and_the_same_figures_in_its_table()
    {
        await using var session = await BrowserSession.OpenAsync(browser, server);
        var statistics = await StatisticsPage.OpenFromNavigationAsync(session.Page);

        await Assertions.Expect(statistics.Map).ToBeVisibleAsync();
        await Assertions.Expect(statistics.RegionTable).ToBeVisibleAsync();
        var ara = await statistics.TableFigureAsync("Auvergne-Rhône-Alpes");
        Assert.True(ara > 0, "No labelled event in Auvergne-Rhône-Alpes.");
        Assert.Equal(ara, await statistics.MapFigureAsync("84"));
        Assert.Equal(await statistics.TableFigureAsync("La Réunion"), await statistics.MapFigureAsync("04"));
        await AxeCheck.AssertNoSeriousViolationAsync(session.Page, output);
        Assert.Empty(session.OutsideRequests);
        Assert.Empty(session.ScriptErrors);
    }

    [Fact]
    public async Task An_administrator_opens_the_committee_statistics_from_the_queue()
    {
        const string password = "phrase-de-passe-2026";
        var email = $"admin-stats-{Guid.NewGuid():N}@exemple.gouv.fr";
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            Assert.True((await AccountSeeding.CreateAsync(users, email, "Alex Statistique", password, Roles.Administrator)).Succeeded);
        }
        await using var session = await BrowserSession.OpenAsync(browser, server);
        await new AccountPages(session.Page).SignInAsync(email, password);
        await session.Page.GotoAsync("/moderation");
        await session.Page.GetByRole(AriaRole.Link, new() { Name = "Statistiques du comité" }).ClickAsync();

        await Assertions.Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Statistiques du comité, édition 2026");
        await Assertions.Expect(session.Page.GetByRole(AriaRole.Table, new() { Name = "Demandes et délais par région" })).ToBeVisibleAsync();
        await AxeCheck.AssertNoSeriousViolationAsync(session.Page, output);
        Assert.Empty(session.ScriptErrors);
    }
}
