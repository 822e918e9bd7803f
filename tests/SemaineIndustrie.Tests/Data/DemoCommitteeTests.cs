using System.Globalization;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data.Demo;
using SemaineIndustrie.Features.Accounts;
using SemaineIndustrie.Features.Editions;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Tests.Accounts;
using SemaineIndustrie.Tests.Statistics;

namespace SemaineIndustrie.Tests.Data;

/// The committee's history in the demonstration data of the current edition, as moderators and the
/// committee statistics show it.
public abstract class DemoCommitteeTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    private const string DemoPassword = "semaine-industrie-2026";

    [Fact]
    public async Task Every_labelled_event_of_the_current_edition_has_one_labelled_initial_request_decided_after_it_was_submitted()
    {
        var edition = await app.QueryAsync(db => db.Editions.AsNoTracking().OrderByDescending(e => e.Year).FirstAsync());
        var events = await app.QueryAsync(db => db.Events.AsNoTracking().Where(e => e.EditionId == edition.Id && e.Status == EventStatus.Labelled)
            .Select(e => new
            {
                e.Id, e.LabelledAt, e.Place.RegionCode, e.Place.DepartmentCode,
                Labelled = db.LabelRequests.Where(r => r.EventId == e.Id && r.Kind == LabelRequestKind.Initial && r.Status == LabelRequestStatus.Labelled)
                    .Select(r => new { r.SubmittedAt, r.DecidedAt, r.DueOn }).ToList(),
            }).ToListAsync());

        Assert.True(events.Count >= TestApp.CurrentEditionEvents);
        foreach (var e in events)
        {
            var request = Assert.Single(e.Labelled);
            Assert.True(request.DecidedAt > request.SubmittedAt, $"Event {e.Id} was labelled before it was submitted.");
            Assert.Equal(request.DecidedAt, e.LabelledAt);
            var zone = TimeZoneInfo.FindSystemTimeZoneById(app.Geography.TimeZoneOf(e.RegionCode));
            var submittedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(request.SubmittedAt, zone));
            Assert.InRange(submittedOn, edition.LabellingOpensOn!.Value, edition.LabellingDeadline!.Value);
            Assert.Equal(WorkingDays.For(e.RegionCode, e.DepartmentCode).Add(submittedOn, edition.ReviewWorkingDays), request.DueOn);
        }
    }

    [Fact]
    public async Task Demonstration_decisions_come_from_a_moderator_of_the_region_or_an_administrator_mostly_in_time()
    {
        var decisions = await app.QueryAsync(db => db.LabelRequests.AsNoTracking()
            .Where(r => r.Event!.Edition!.Year == 2026 && r.DecidedAt != null)
            .Select(r => new
            {
                r.Status, r.Message, r.RegionCode, r.Event!.Place.DepartmentCode, r.SubmittedAt, DecidedAt = r.DecidedAt!.Value,
                Moderates = db.ModeratorRegions.Any(m => m.UserId == r.DecidedByUserId && m.RegionCode == r.RegionCode),
                Administers = db.UserRoles.Any(ur => ur.UserId == r.DecidedByUserId && db.Roles.Any(x => x.Id == ur.RoleId && x.Name == Roles.Administrator)),
                By = db.Users.Where(u => u.Id == r.DecidedByUserId).Select(u => u.FullName).FirstOrDefault(),
            }).ToListAsync());

        Assert.All(decisions, d => Assert.True(d.Moderates || d.Administers, $"{d.By} decided a request of region {d.RegionCode}."));
        Assert.All(decisions.Where(d => d.RegionCode == "44"), d => Assert.Equal("Léa Schmitt", d.By));
        Assert.Contains(decisions, d => d.By == "Alix Administratrice");
        Assert.All(decisions.Where(d => d.Status != LabelRequestStatus.Labelled), d => Assert.False(string.IsNullOrWhiteSpace(d.Message)));
        Assert.Contains(decisions, d => d.Status == LabelRequestStatus.Rejected);
        Assert.Contains(decisions, d => d.Status == LabelRequestStatus.ChangesRequested);
        var days = decisions.Select(d =>
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(app.Geography.TimeZoneOf(d.RegionCode));
            DateOnly Local(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, zone));
            return WorkingDays.For(d.RegionCode, d.DepartmentCode).Between(Local(d.SubmittedAt), Local(d.DecidedAt));
        }).ToList();
        var late = days.Count(n => n > 4) / (double)days.Count;
        Assert.InRange(late, 0.02, 0.15);
    }

    [Fact]
    public async Task A_demonstration_moderator_reads_who_submitted_and_who_labelled_an_event_of_the_region()
    {
        var requestId = await app.QueryAsync(db => db.LabelRequests.AsNoTracking()
            .Where(r => r.RegionCode == "44" && r.Status == LabelRequestStatus.Labelled && r.Event!.Edition!.Year == 2026)
            .OrderBy(r => r.Id).Select(r => r.Id).FirstAsync());
        var moderator = new TestUser(0, $"moderation.grand-est@{AccountSeeding.DemoDomain}", DemoPassword, Roles.Moderator, null);
        var page = await (await app.CreateSignedInClientAsync(moderator)).DocumentAsync($"/moderation/demandes/{requestId}");

        var history = page.QuerySelectorAll("[data-testid=history] > li > p").Select(p => p.TextContent).ToList();
        Assert.Contains("– Léa Schmitt : Événement labellisé.", history[0]);
        Assert.Contains("Demande de label soumise ; réponse attendue au plus tard le", history[1]);
        Assert.EndsWith("Brouillon créé.", history[^1]);
        Assert.DoesNotContain(history, h => h.Contains(DemoCommittee.Committee, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_committee_statistics_of_the_demonstration_edition_show_a_median_review_time_per_moderator()
    {
        var administrator = new TestUser(0, $"admin@{AccountSeeding.DemoDomain}", DemoPassword, Roles.Administrator, null);
        var page = await (await app.CreateSignedInClientAsync(administrator)).DocumentAsync("/moderation/statistiques?edition=2026");

        Assert.InRange(Days(page.QuerySelector("[data-testid=funnel] tr[data-step=delai-median] td")!), 0, 4);
        Assert.InRange(Days(page.QuerySelector("[data-testid=funnel] tr[data-step=delai-90] td")!), 1, 9);
        var moderators = page.QuerySelectorAll("[data-testid=committee-moderators] tbody tr").Select(r => r.Children[0].TextContent).ToList();
        Assert.Contains("Marc Modérateur", moderators);
        Assert.Contains("Chloé Berthier", moderators);
        Assert.Contains("Kévin Payet", moderators);
        Assert.Contains("Alix Administratrice", moderators);
        Assert.DoesNotContain(moderators, m => m.StartsWith("Non renseigné", StringComparison.Ordinal));
    }

    private static double Days(IElement cell) => double.Parse(cell.TextContent, CultureInfo.GetCultureInfo("fr-FR"));
}

public sealed class DemoCommitteeTestsOnSqlite(SqliteApp app) : DemoCommitteeTests<SqliteApp>(app);

public sealed class DemoCommitteeTestsOnPostgres(PostgresApp app) : DemoCommitteeTests<PostgresApp>(app);

/// With the demonstration data but without its accounts, the administrator of the configuration
/// signs the decisions.
public abstract class DemoCommitteeWithoutAccountsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    private const string AdministratorEmail = WithoutDemoAccounts.AdministratorEmail;

    [Fact]
    public async Task The_configured_administrator_signs_every_decision_of_the_demonstration()
    {
        var deciders = await app.QueryAsync(db => db.LabelRequests.Where(r => r.DecidedAt != null)
            .Select(r => db.Users.Where(u => u.Id == r.DecidedByUserId).Select(u => u.Email).FirstOrDefault()).Distinct().ToListAsync());
        var actors = await app.QueryAsync(db => db.EventHistory.Where(h => h.Action == "labelled" || h.Action == "rejected" || h.Action == "changes_requested")
            .Select(h => h.Actor).Distinct().ToListAsync());

        Assert.Equal([AdministratorEmail], deciders);
        Assert.Equal(["Administrateur national"], actors);
        Assert.False(await app.QueryAsync(db => db.Users.AnyAsync(u => u.Email!.EndsWith("@" + AccountSeeding.DemoDomain))));
    }
}

public static class WithoutDemoAccounts
{
    public const string AdministratorEmail = "national@exemple.fr";

    public static IReadOnlyDictionary<string, string> Settings(IReadOnlyDictionary<string, string> settings) =>
        new Dictionary<string, string>(settings)
        {
            ["DemoData:Accounts"] = "false", ["Admin:Email"] = AdministratorEmail, ["Admin:Password"] = "mot-de-passe-national-2026",
        };
}

public sealed class SqliteAppWithoutDemoAccounts : SqliteApp
{
    protected override IReadOnlyDictionary<string, string> Settings => WithoutDemoAccounts.Settings(base.Settings);
}

public sealed class PostgresAppWithoutDemoAccounts : PostgresApp
{
    protected override IReadOnlyDictionary<string, string> Settings => WithoutDemoAccounts.Settings(base.Settings);

    protected override bool FromTemplate => false;
}

public sealed class DemoCommitteeWithoutAccountsTestsOnSqlite(SqliteAppWithoutDemoAccounts app)
    : DemoCommitteeWithoutAccountsTests<SqliteAppWithoutDemoAccounts>(app);

public sealed class DemoCommitteeWithoutAccountsTestsOnPostgres(PostgresAppWithoutDemoAccounts app)
    : DemoCommitteeWithoutAccountsTests<PostgresAppWithoutDemoAccounts>(app);
