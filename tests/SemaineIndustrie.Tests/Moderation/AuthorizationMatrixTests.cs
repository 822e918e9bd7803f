using System.Net;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Features.Accounts;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Tests.Organisers;

namespace SemaineIndustrie.Tests.Moderation;

/// Every back-office action × every kind of visitor, answered by the server: a sign-in redirect for
/// the anonymous, 403 for a role that has no business there, 404 for another organisation's event.
public abstract class AuthorizationMatrixTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    private const string SignIn = "sign-in";

    [Fact]
    public async Task Each_role_reaches_exactly_its_own_back_office_actions()
    {
        var (owner, _, _) = await app.OrganiserAsync();
        var draftId = await owner.CreateDraftAsync(OrganiserForms.EventFields(title: "Brouillon de la matrice"));
        var submittedId = await owner.CreateDraftAsync(OrganiserForms.EventFields(title: "Demande de la matrice"));
        await owner.PostFormAsync($"/organisateur/evenements/{submittedId}?handler=Submit", [], formUrl: $"/organisateur/evenements/{submittedId}");
        var requestId = await app.QueryAsync(db => db.LabelRequests.Where(r => r.EventId == submittedId).Select(r => r.Id).SingleAsync());
        var labelledId = await owner.CreateDraftAsync(OrganiserForms.EventFields(title: "Labellisé de la matrice"));
        await app.QueryAsync(db => db.Events.Where(e => e.Id == labelledId).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EventStatus.Labelled)));

        var clients = new Dictionary<string, HttpClient>
        {
            ["anonymous"] = app.CreateBrowserLikeClient(),
            ["organiser"] = owner,
            ["other organiser"] = (await app.OrganiserAsync()).Client,
            ["moderator 84"] = await app.CreateSignedInClientAsync(await app.CreateUserAsync(Roles.Moderator, regions: ["84"])),
            ["moderator 11"] = await app.CreateSignedInClientAsync(await app.CreateUserAsync(Roles.Moderator, regions: ["11"])),
            ["administrator"] = await app.CreateSignedInClientAsync(await app.CreateUserAsync(Roles.Administrator)),
        };
        //                                                       anonymous  organiser  other org  mod 84  mod 11  admin
        var gets = new (string Url, object[] Expected)[]
        {
            ("/organisateur", [SignIn, 200, 200, 403, 403, 403]),
            ("/organisateur/structure", [SignIn, 200, 200, 403, 403, 403]),
            ($"/organisateur/evenements/{draftId}", [SignIn, 200, 404, 403, 403, 403]),
            ($"/organisateur/evenements/{draftId}/modifier", [SignIn, 200, 404, 403, 403, 403]),
            ("/organisateur/evenements/nouveau", [SignIn, 200, 200, 403, 403, 403]),
            ($"/organisateur/evenements/{labelledId}/kit", [SignIn, 200, 404, 403, 403, 403]),
            ($"/organisateur/evenements/{labelledId}/kit/affiche.pdf", [SignIn, 200, 404, 403, 403, 403]),
            ("/organisateur/import", [SignIn, 200, 200, 403, 403, 403]),
            ("/moderation", [SignIn, 403, 403, 200, 200, 200]),
            ("/moderation/statistiques", [SignIn, 403, 403, 200, 200, 200]),
            ($"/moderation/demandes/{requestId}", [SignIn, 403, 403, 200, 403, 200]),
            ("/administration/editions", [SignIn, 403, 403, 403, 403, 200]),
            ("/administration/editions/nouvelle", [SignIn, 403, 403, 403, 403, 200]),
            ("/administration/listes", [SignIn, 403, 403, 403, 403, 200]),
            ("/administration/moderateurs", [SignIn, 403, 403, 403, 403, 200]),
        };
        var problems = new List<string>();
        foreach (var (url, expected) in gets)
        {
            foreach (var ((role, client), want) in clients.Zip(expected))
            {
                var response = await client.GetAsync(url);
                var got = Describe(response);
                if (got != want.ToString())
                {
                    problems.Add($"GET {url} as {role}: expected {want}, got {got}");
                }
            }
        }

        // Deciding: a refusal without its reason changes nothing, so the request stays pending for every row.
        var decisionExpected = new object[] { SignIn, 403, 403, 200, 403, 200 };
        foreach (var ((role, client), want) in clients.Zip(decisionExpected))
        {
            var token = role == "anonymous" ? "" : await TokenOrEmptyAsync(client);
            var response = await client.PostAsync($"/moderation/demandes/{requestId}",
                new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Decision", "Reject")]));
            if (Describe(response) != want.ToString())
            {
                problems.Add($"POST decision as {role}: expected {want}, got {Describe(response)}");
            }
        }
        var submitExpected = new object[] { SignIn, 302, 404, 403, 403, 403 };
        foreach (var ((role, client), want) in clients.Zip(submitExpected))
        {
            var token = role == "anonymous" ? "" : await TokenOrEmptyAsync(client);
            var response = await client.PostAsync($"/organisateur/evenements/{draftId}?handler=Submit",
                new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
            if (Describe(response) != want.ToString())
            {
                problems.Add($"POST submit as {role}: expected {want}, got {Describe(response)}");
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.Equal(LabelRequestStatus.Pending, await app.QueryAsync(db => db.LabelRequests.Where(r => r.Id == requestId).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_form_posted_without_its_anti_forgery_token_is_refused()
    {
        var (client, _, _) = await app.OrganiserAsync();
        var response = await client.PostAsync("/organisateur/evenements/nouveau", new FormUrlEncodedContent(OrganiserForms.EventFields()));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static string Describe(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/connexion", StringComparison.Ordinal) == true
            ? SignIn
            : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// Any page of the site carries a token in its header (the sign-out form) for a signed-in user.
    private static async Task<string> TokenOrEmptyAsync(HttpClient client)
    {
        var page = await client.PageAsync("/evenements");
        return page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
    }
}

public sealed class AuthorizationMatrixTestsOnSqlite(SqliteAppInLabellingPeriod app) : AuthorizationMatrixTests<SqliteAppInLabellingPeriod>(app);

public sealed class AuthorizationMatrixTestsOnPostgres(PostgresAppInLabellingPeriod app) : AuthorizationMatrixTests<PostgresAppInLabellingPeriod>(app);
