using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Accounts;
using SemaineIndustrie.Features.Editions;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Tests.Organisers;
using SemaineIndustrie.Tests.Statistics;

namespace SemaineIndustrie.Tests.Moderation;

/// The committee's page after the busy fortnight of an edition that only this test class writes (one
/// year per test), so every figure is known exactly.
public abstract class CommitteeStatisticsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    [Fact]
    public async Task An_administrator_sees_the_funnel_and_review_times_in_working_days_of_every_region()
    {
        var (year, _) = await ArrangeAsync(2040);
        var page = await (await AdministratorAsync()).DocumentAsync($"/moderation/statistiques?edition={year}");

        // Review times [0, 1, 1, 4, 5] in ARA (a weekend and 11 November skipped) and 10 in Île-de-France.
        Assert.Equal(["2", "10", "4", "1", "1", "4", "2", "1", "2,5", "7,5"], Funnel(page));
        Assert.Equal(["2", "8", "3", "1", "1", "3", "1", "1", "1", "4,6"], Row(page, "84"));
        Assert.Equal(["0", "2", "1", "0", "0", "1", "1", "0", "10", "10"], Row(page, "11"));
        Assert.Equal(18, page.QuerySelectorAll("[data-testid=committee-regions] tbody tr").Length);
        Assert.Equal(
            [["Camille Rhône", "3", "0", "0", "3", "1", "1"], ["Test Administrateur", "0", "1", "1", "2", "4,5", "4,9"], ["Dominique Seine", "1", "0", "0", "1", "10", "10"]],
            Moderators(page));
    }

    [Fact]
    public async Task A_moderator_of_Auvergne_Rhone_Alpes_sees_only_the_figures_of_that_region()
    {
        var (year, araModerator) = await ArrangeAsync(2041);
        var client = await app.CreateSignedInClientAsync(araModerator);
        var page = await client.DocumentAsync($"/moderation/statistiques?edition={year}");

        Assert.Equal(["2", "8", "3", "1", "1", "3", "1", "1", "1", "4,6"], Funnel(page));
        Assert.Equal(["84"], page.QuerySelectorAll("[data-testid=committee-regions] tbody tr").Select(r => r.GetAttribute("data-code")));
        Assert.DoesNotContain(Moderators(page), m => m[0] == "Dominique Seine");
        var csv = await client.CsvAsync($"/moderation/statistiques?edition={year}&handler=Csv&tableau=regions");
        Assert.Equal(["", "84"], csv.Skip(1).Select(r => r[0]));
        Assert.Equal(["84", "Auvergne-Rhône-Alpes", "2", "8", "3", "1", "1", "3", "1", "1", "5", "1", "4,6"], csv[2]);
        var funnel = await client.CsvAsync($"/moderation/statistiques?edition={year}&handler=Csv&tableau=parcours");
        Assert.Equal(["2", "8", "3", "1", "1", "3", "1", "1", "1", "4,6"], funnel.Skip(1).Select(r => r[1]));
        var moderators = await client.CsvAsync($"/moderation/statistiques?edition={year}&handler=Csv&tableau=moderateurs");
        Assert.Equal(["Camille Rhône", "Test Administrateur"], moderators.Skip(1).Select(r => r[0]));
    }

    [Fact]
    public async Task Review_times_skip_Good_Friday_in_Strasbourg_but_not_in_Nancy()
    {
        var admin = await app.CreateUserAsync(Roles.Administrator);
        await using (var scope = app.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var edition = new Edition
            {
                Number = 2042, Year = 2042, StartsOn = new(2027, 4, 12), EndsOn = new(2027, 4, 18), EligibleFrom = new(2027, 4, 1), EligibleUntil = new(2027, 4, 30),
            };
            db.Editions.Add(edition);
            var organisationId = await db.Organisations.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
            foreach (var department in new[] { "67", "54" })
            {
                // Thursday 25 March → Tuesday 30 March 2027, over Good Friday, the weekend and Easter Monday.
                db.LabelRequests.Add(new LabelRequest
                {
                    Event = new Event
                    {
                        Edition = edition, OrganisationId = organisationId, Status = EventStatus.Labelled, Title = "Visite pascale", Slug = $"visite-{Guid.NewGuid():N}",
                        Summary = "Résumé", Description = "Description", TypeCode = "visite-entreprise",
                        Place = new Place { RegionCode = "44", DepartmentCode = department },
                    },
                    Kind = LabelRequestKind.Initial, Status = LabelRequestStatus.Labelled, RegionCode = "44",
                    SubmittedAt = new DateTime(2027, 3, 25, 9, 0, 0, DateTimeKind.Utc), DueOn = WorkingDays.For("44", department).Add(new DateOnly(2027, 3, 25), 4),
                    DecidedAt = new DateTime(2027, 3, 30, 9, 0, 0, DateTimeKind.Utc), DecidedByUserId = admin.Id,
                });
            }
            await db.SaveChangesAsync();
        }
        var page = await (await app.CreateSignedInClientAsync(admin)).DocumentAsync("/moderation/statistiques?edition=2042");

        // 1 working day in Strasbourg, 2 in Nancy: median 1.5, 90th percentile 1.9.
        Assert.Equal(["0", "2", "2", "0", "0", "0", "0", "0", "1,5", "1,9"], Row(page, "44"));
    }

    [Fact]
    public async Task On_the_demonstration_edition_the_figures_per_region_match_the_database()
    {
        var page = await (await AdministratorAsync()).DocumentAsync("/moderation/statistiques?edition=2026");
        var expected = await app.QueryAsync(async db => (
            Labelled: await db.Events.Where(e => e.Edition!.Year == 2026 && e.Status == EventStatus.Labelled).GroupBy(e => e.Place.RegionCode)
                .Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.N),
            Pending: await db.LabelRequests.Where(r => r.Event!.Edition!.Year == 2026 && r.Status == LabelRequestStatus.Pending).GroupBy(r => r.RegionCode)
                .Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.N)));

        Assert.Equal(expected.Labelled.Where(r => r.Value > 0).ToDictionary(), page.Column("committee-regions", 3).Where(r => r.Value > 0).ToDictionary());
        Assert.Equal(expected.Pending.Where(r => r.Value > 0).ToDictionary(), page.Column("committee-regions", 6).Where(r => r.Value > 0).ToDictionary());
        Assert.True(expected.Pending.Values.Sum() > 0);
    }

    [Fact]
    public async Task Organisers_are_refused_and_visitors_are_sent_to_sign_in()
    {
        var (organiser, _, _) = await app.OrganiserAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await organiser.GetAsync("/moderation/statistiques")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await organiser.GetAsync("/moderation/statistiques?handler=Csv&tableau=regions")).StatusCode);
        var anonymous = await app.CreateBrowserLikeClient().GetAsync("/moderation/statistiques?handler=Csv&tableau=regions");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/connexion", anonymous.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task The_moderation_queue_links_to_the_committee_statistics()
    {
        var queue = await (await AdministratorAsync()).DocumentAsync("/moderation");
        Assert.Contains(queue.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/moderation/statistiques");
    }

    private async Task<HttpClient> AdministratorAsync() => await app.CreateSignedInClientAsync(await app.CreateUserAsync(Roles.Administrator));

    private static string[] Funnel(IDocument page) => page.QuerySelectorAll("[data-testid=funnel] tbody td").Select(td => td.TextContent).ToArray();

    private static string[] Row(IDocument page, string region) =>
        page.QuerySelectorAll($"[data-testid=committee-regions] tr[data-code='{region}'] td").Select(c => c.TextContent).ToArray();

    private static string[][] Moderators(IDocument page) =>
        page.QuerySelectorAll("[data-testid=committee-moderators] tbody tr").Select(r => r.Children.Select(c => c.TextContent).ToArray()).ToArray();

    /// Ten events in Auvergne-Rhône-Alpes and two in Île-de-France, with decisions at known instants:
    /// Friday → Monday is 1 working day, Tuesday 10 → Thursday 12 November too (the 11th is a public holiday).
    private async Task<(int Year, TestUser AraModerator)> ArrangeAsync(int year)
    {
        var ara = await app.CreateUserAsync(Roles.Moderator, regions: ["84"]);
        var idf = await app.CreateUserAsync(Roles.Moderator, regions: ["11"]);
        var admin = await app.CreateUserAsync(Roles.Administrator);
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Users.Where(u => u.Id == ara.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.FullName, "Camille Rhône"));
        await db.Users.Where(u => u.Id == idf.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.FullName, "Dominique Seine"));
        await db.Users.Where(u => u.Id == admin.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.FullName, "Test Administrateur"));
        var edition = new Edition
        {
            Number = year, Year = year, StartsOn = new(2026, 11, 16), EndsOn = new(2026, 11, 22), EligibleFrom = new(2026, 11, 1), EligibleUntil = new(2026, 12, 7),
        };
        db.Editions.Add(edition);
        await db.SaveChangesAsync();
        var organisationId = await db.Organisations.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();

        void Add(string region, EventStatus status, LabelRequestStatus? request = null, DateTime? submitted = null, DateTime? decided = null,
            int? decidedBy = null, bool late = false)
        {
            var e = new Event
            {
                EditionId = edition.Id, OrganisationId = organisationId, Status = status, Title = "Visite du comité", Slug = $"visite-{Guid.NewGuid():N}",
                Summary = "Résumé", Description = "Description", TypeCode = "visite-entreprise",
                Place = new Place { RegionCode = region, DepartmentCode = region == "84" ? "69" : "75" },
            };
            db.Events.Add(e);
            if (request is { } r)
            {
                db.LabelRequests.Add(new LabelRequest
                {
                    Event = e, Kind = LabelRequestKind.Initial, Status = r, RegionCode = region, SubmittedAt = submitted!.Value, Late = late,
                    DueOn = WorkingDays.National.Add(DateOnly.FromDateTime(submitted.Value), 4), DecidedAt = decided, DecidedByUserId = decidedBy,
                });
            }
        }
        static DateTime At(int day, int hour = 10) => new(2026, 11, day, hour, 0, 0, DateTimeKind.Utc);

        Add("84", EventStatus.Draft);
        Add("84", EventStatus.Draft);
        Add("84", EventStatus.Labelled, LabelRequestStatus.Labelled, At(6), At(9), ara.Id);
        Add("84", EventStatus.Labelled, LabelRequestStatus.Labelled, At(10), At(12), ara.Id);
        Add("84", EventStatus.Labelled, LabelRequestStatus.Labelled, At(2), At(2, 15), ara.Id);
        Add("84", EventStatus.Rejected, LabelRequestStatus.Rejected, At(2), At(6), admin.Id);
        Add("84", EventStatus.ChangesRequested, LabelRequestStatus.ChangesRequested, At(5), At(13), admin.Id);
        Add("84", EventStatus.Submitted, LabelRequestStatus.Pending, At(6));            // due 13 November: overdue
        Add("84", EventStatus.Submitted, LabelRequestStatus.Pending, At(9));            // due today: not yet overdue
        Add("84", EventStatus.Submitted, LabelRequestStatus.Pending, At(16, 8), late: true);
        Add("11", EventStatus.Labelled, LabelRequestStatus.Labelled, new DateTime(2026, 10, 19, 10, 0, 0, DateTimeKind.Utc), At(2), idf.Id);
        Add("11", EventStatus.Submitted, LabelRequestStatus.Pending, At(2));            // due 6 November: overdue
        await db.SaveChangesAsync();
        return (year, ara);
    }
}

/// Monday 16 November 2026, 10 h in Paris.
public static class ReviewDay
{
    public static readonly DateTimeOffset Monday = new(2026, 11, 16, 9, 0, 0, TimeSpan.Zero);
}

public sealed class SqliteAppOnReviewDay : SqliteApp
{
    public override TimeProvider Clock { get; } = new FakeClock(ReviewDay.Monday);
}

public sealed class PostgresAppOnReviewDay : PostgresApp
{
    public override TimeProvider Clock { get; } = new FakeClock(ReviewDay.Monday);
}

public sealed class CommitteeStatisticsTestsOnSqlite(SqliteAppOnReviewDay app) : CommitteeStatisticsTests<SqliteAppOnReviewDay>(app);

public sealed class CommitteeStatisticsTestsOnPostgres(PostgresAppOnReviewDay app) : CommitteeStatisticsTests<PostgresAppOnReviewDay>(app);
