using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Features.Accounts;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Tests.Organisers;

namespace SemaineIndustrie.Tests.Moderation;

public abstract class AdministrationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    [Fact]
    public async Task An_administrator_creates_an_edition_from_its_week_and_a_tolerance()
    {
        var admin = await AdministratorAsync();
        var wrong = await admin.PostFormAsync("/administration/editions/nouvelle", new Dictionary<string, string>
        {
            ["Input.Number"] = "15", ["Input.Year"] = "2031", ["Input.StartsOn"] = "2031-11-23", ["Input.EndsOn"] = "2031-11-17",
            ["Input.ToleranceDays"] = "15", ["Input.ReviewWorkingDays"] = "4",
        });
        var page = await new HtmlParser().ParseDocumentAsync(await wrong.Content.ReadAsStringAsync());
        Assert.Contains("Une édition porte déjà le numéro 15", page.QuerySelector("#Input_Number-erreur")?.TextContent);
        Assert.Contains("Le dernier jour doit suivre le premier", page.QuerySelector("#Input_EndsOn-erreur")?.TextContent);

        var created = await admin.PostFormAsync("/administration/editions/nouvelle", new Dictionary<string, string>
        {
            ["Input.Number"] = "20", ["Input.Year"] = "2031", ["Input.Theme"] = "L'industrie, des métiers d'avenir",
            ["Input.StartsOn"] = "2031-11-17", ["Input.EndsOn"] = "2031-11-23", ["Input.ToleranceDays"] = "15",
            ["Input.LabellingOpensOn"] = "2031-09-15", ["Input.LabellingDeadline"] = "2031-11-10", ["Input.ReviewWorkingDays"] = "4",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var edition = await app.QueryAsync(db => db.Editions.SingleAsync(e => e.Year == 2031));
        Assert.Equal((new DateOnly(2031, 11, 2), new DateOnly(2031, 12, 8)), (edition.EligibleFrom, edition.EligibleUntil));
        await app.QueryAsync(db => db.Editions.Where(e => e.Year == 2031).ExecuteDeleteAsync());
    }

    [Fact]
    public async Task A_new_moderator_gets_regions_and_an_email_to_choose_a_password()
    {
        var admin = await AdministratorAsync();
        var response = await admin.PostFormAsync("/administration/moderateurs", [
            new("Input.Email", "moderatrice.bretagne@exemple.gouv.fr"), new("Input.FullName", "Gwen Le Goff"),
            new("Input.Regions", "53"), new("Input.Regions", "52")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var regions = await app.QueryAsync(db => db.ModeratorRegions.Where(r => r.UserId == db.Users.Single(u => u.Email == "moderatrice.bretagne@exemple.gouv.fr").Id)
            .Select(r => r.RegionCode).OrderBy(r => r).ToListAsync());
        Assert.Equal(["52", "53"], regions);
        var mail = await app.Mail.WaitForAsync("moderatrice.bretagne@exemple.gouv.fr");
        Assert.Contains("/reinitialiser-mot-de-passe", mail.Body);
    }

    [Fact]
    public async Task Only_an_administrator_records_a_late_request_and_only_an_administrator_decides_it()
    {
        var (organiser, _, _) = await app.OrganiserAsync();
        var eventId = await organiser.CreateDraftAsync(OrganiserForms.EventFields(title: "Visite tardive"));
        var admin = await AdministratorAsync();
        var recorded = await admin.PostFormAsync("/moderation?handler=Late", new Dictionary<string, string> { ["LateEventId"] = $"{eventId}" }, formUrl: "/moderation");
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var request = await app.QueryAsync(db => db.LabelRequests.SingleAsync(r => r.EventId == eventId));
        Assert.True(request.Late);

        var moderator = await app.CreateSignedInClientAsync(await app.CreateUserAsync(Roles.Moderator, regions: ["84"]));
        var refused = await moderator.PostFormAsync($"/moderation/demandes/{request.Id}", new Dictionary<string, string> { ["Decision"] = "Label" });
        Assert.Contains("seul un administrateur national", (await new HtmlParser().ParseDocumentAsync(await refused.Content.ReadAsStringAsync())).Body!.TextContent);
        await admin.PostFormAsync($"/moderation/demandes/{request.Id}", new Dictionary<string, string> { ["Decision"] = "Label" });
        Assert.Equal(EventStatus.Labelled, await app.QueryAsync(db => db.Events.Where(e => e.Id == eventId).Select(e => e.Status).SingleAsync()));
    }

    private async Task<HttpClient> AdministratorAsync() => await app.CreateSignedInClientAsync(await app.CreateUserAsync(Roles.Administrator));
}

public sealed class AdministrationTestsOnSqlite(SqliteAppInLabellingPeriod app) : AdministrationTests<SqliteAppInLabellingPeriod>(app);

public sealed class AdministrationTestsOnPostgres(PostgresAppInLabellingPeriod app) : AdministrationTests<PostgresAppInLabellingPeriod>(app);
