using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SemaineIndustrie.Features.Accounts;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Moderation;
using SemaineIndustrie.Tests.Organisers;

namespace SemaineIndustrie.Tests.Moderation;

public abstract class ModerationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    [Fact]
    public async Task A_regional_moderator_labels_a_request_and_the_event_goes_public_with_an_email_linking_the_kit()
    {
        var (organiser, _, user, eventId, requestId) = await SubmittedAsync("Visite des ateliers Dufour");
        var moderator = await ModeratorAsync("84");
        var queue = await moderator.PageAsync("/moderation?q=ateliers+dufour");
        Assert.Contains(queue.QuerySelectorAll("[data-testid=queue-row] a"), a => a.TextContent == "Visite des ateliers Dufour");

        var decided = await moderator.PostFormAsync($"/moderation/demandes/{requestId}", new Dictionary<string, string> { ["Decision"] = "Label" });
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        Assert.Equal(EventStatus.Labelled, await app.QueryAsync(db => db.Events.Where(e => e.Id == eventId).Select(e => e.Status).SingleAsync()));

        await app.Services.GetRequiredService<CatalogueRefresher>().RefreshAsync(CancellationToken.None);
        var search = await app.CreateClient().GetFromJsonAsync<SearchResponse>("/api/evenements?q=ateliers+dufour");
        Assert.Contains(search!.Items, i => i.Id == eventId);

        var mail = await app.Mail.WaitForAsync(user.Email, m => m.Subject.StartsWith("Votre événement est labellisé", StringComparison.Ordinal));
        Assert.EndsWith($"/organisateur/evenements/{eventId}/kit", mail.Link("/kit"));
        var page = await organiser.PageAsync($"/organisateur/evenements/{eventId}");
        Assert.Equal("Labellisé", page.QuerySelector("[data-testid=status]")?.TextContent);
    }

    [Fact]
    public async Task A_refusal_needs_a_reason_which_reaches_the_organiser()
    {
        var (_, _, user, eventId, requestId) = await SubmittedAsync("Conférence payante");
        var moderator = await ModeratorAsync("84");
        var noReason = await moderator.PostFormAsync($"/moderation/demandes/{requestId}", new Dictionary<string, string> { ["Decision"] = "Reject" });
        var page = await new HtmlParser().ParseDocumentAsync(await noReason.Content.ReadAsStringAsync());
        Assert.Contains("Indiquez le motif du refus", page.QuerySelector("#Message-erreur")?.TextContent);
        Assert.Equal(LabelRequestStatus.Pending, await StatusAsync(requestId));

        await moderator.PostFormAsync($"/moderation/demandes/{requestId}", new Dictionary<string, string>
        {
            ["Decision"] = "Reject",
            ["Message"] = "L'entrée est payante : le label est réservé aux événements gratuits.",
        });
        Assert.Equal(EventStatus.Rejected, await app.QueryAsync(db => db.Events.Where(e => e.Id == eventId).Select(e => e.Status).SingleAsync()));
        var mail = await app.Mail.WaitForAsync(user.Email, m => m.Subject.StartsWith("Demande de label refusée", StringComparison.Ordinal));
        Assert.Contains("L'entrée est payante", mail.Body);
    }

    [Fact]
    public async Task Changes_asked_by_the_committee_let_the_organiser_edit_and_submit_again()
    {
        var (organiser, _, _, eventId, requestId) = await SubmittedAsync("Atelier robotique");
        var moderator = await ModeratorAsync("84");
        await moderator.PostFormAsync($"/moderation/demandes/{requestId}", new Dictionary<string, string>
        {
            ["Decision"] = "RequestChanges",
            ["Message"] = "Précisez le niveau des classes accueillies.",
        });
        Assert.Equal(EventStatus.ChangesRequested, await app.QueryAsync(db => db.Events.Where(e => e.Id == eventId).Select(e => e.Status).SingleAsync()));
        var edited = await organiser.PostFormAsync($"/organisateur/evenements/{eventId}/modifier",
            OrganiserForms.EventFields(title: "Atelier robotique").With("Input.Summary", "Pour les classes de 3e et de seconde."));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        await organiser.PostFormAsync($"/organisateur/evenements/{eventId}?handler=Submit", [], formUrl: $"/organisateur/evenements/{eventId}");
        var requests = await app.QueryAsync(db => db.LabelRequests.Where(r => r.EventId == eventId).OrderBy(r => r.Id).Select(r => r.Status).ToListAsync());
        Assert.Equal([LabelRequestStatus.ChangesRequested, LabelRequestStatus.Pending], requests);
    }

    [Fact]
    public async Task Two_moderators_deciding_at_once_record_one_decision_and_the_other_is_told_who_won()
    {
        var (_, _, _, eventId, requestId) = await SubmittedAsync("Job dating de la plasturgie");
        var first = await ModeratorAsync("84");
        var second = await ModeratorAsync("84");
        var firstToken = await TestUsers.AntiforgeryTokenAsync(first, $"/moderation/demandes/{requestId}");
        var secondToken = await TestUsers.AntiforgeryTokenAsync(second, $"/moderation/demandes/{requestId}");
        var answers = await Task.WhenAll(
            first.PostAsync($"/moderation/demandes/{requestId}", new FormUrlEncodedContent([new("__RequestVerificationToken", firstToken), new("Decision", "Label")])),
            second.PostAsync($"/moderation/demandes/{requestId}", new FormUrlEncodedContent([new("__RequestVerificationToken", secondToken), new("Decision", "Reject"), new("Message", "Hors sujet.")])));
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Redirect);
        var loser = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.Contains("a déjà décidé cette demande", (await new HtmlParser().ParseDocumentAsync(await loser.Content.ReadAsStringAsync())).Body!.TextContent);
        var decisions = await app.QueryAsync(db => db.EventHistory.CountAsync(h => h.EventId == eventId && (h.Action == "labelled" || h.Action == "rejected")));
        Assert.Equal(1, decisions);
    }

    [Fact]
    public async Task A_moderator_of_another_region_can_neither_see_nor_decide_the_request()
    {
        var (_, _, _, _, requestId) = await SubmittedAsync("Forum des métiers de Lyon");
        var paris = await ModeratorAsync("11");
        Assert.DoesNotContain("Forum des métiers de Lyon", (await paris.PageAsync("/moderation?q=forum+metiers+lyon")).Body!.TextContent);
        Assert.Equal(HttpStatusCode.Forbidden, (await paris.GetAsync($"/moderation/demandes/{requestId}")).StatusCode);
        var token = await TestUsers.AntiforgeryTokenAsync(paris, "/moderation");
        var post = await paris.PostAsync($"/moderation/demandes/{requestId}", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Decision", "Label")]));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(LabelRequestStatus.Pending, await StatusAsync(requestId));
    }

    [Fact]
    public async Task A_labelled_revision_replaces_the_public_data()
    {
        var (organiser, _, _, eventId, requestId) = await SubmittedAsync("Exposition des métiers du bois");
        var moderator = await ModeratorAsync("84");
        await moderator.PostFormAsync($"/moderation/demandes/{requestId}", new Dictionary<string, string> { ["Decision"] = "Label" });
        var sessionId = await app.QueryAsync(db => db.Sessions.Where(s => s.EventId == eventId).Select(s => s.Id).SingleAsync());
        await organiser.PostFormAsync($"/organisateur/evenements/{eventId}/modifier",
            OrganiserForms.EventFields(title: "Exposition des métiers du bois", date: "2026-11-20").With("Input.Sessions[0].Id", $"{sessionId}"));
        var revisionId = await app.QueryAsync(db => db.LabelRequests.Where(r => r.EventId == eventId && r.Status == LabelRequestStatus.Pending).Select(r => r.Id).SingleAsync());
        var page = await moderator.PageAsync($"/moderation/demandes/{revisionId}");
        Assert.Contains("Créneaux", page.QuerySelector("[data-testid=proposed]")!.TextContent);

        await moderator.PostFormAsync($"/moderation/demandes/{revisionId}", new Dictionary<string, string> { ["Decision"] = "Label" });
        var session = await app.QueryAsync(db => db.Sessions.SingleAsync(s => s.EventId == eventId));
        Assert.Equal((sessionId, 20), (session.Id, session.StartsAt.Day));
    }

    [Fact]
    public async Task The_morning_digest_tells_each_moderator_what_waits_once_a_day()
    {
        await SubmittedAsync("Portes ouvertes du lycée Ampère");
        var moderator = await app.CreateUserAsync(Roles.Moderator, regions: ["84"]);
        await using var scope = app.CreateScope();
        var digest = scope.ServiceProvider.GetRequiredService<ModerationDigest>();
        var day = new DateOnly(2026, 10, 29);
        Assert.True(await digest.SendAsync(day, new DateTime(2026, 10, 29, 6, 0, 0, DateTimeKind.Utc), CancellationToken.None) >= 1);
        var mail = await app.Mail.WaitForAsync(moderator.Email, m => m.Subject.StartsWith("Demandes de label", StringComparison.Ordinal));
        Assert.Contains("en retard", mail.Subject);
        Assert.Contains("Portes ouvertes du lycée Ampère", mail.Body);
        Assert.Equal(0, await digest.SendAsync(day, DateTime.UtcNow, CancellationToken.None));
    }

    private async Task<(HttpClient Organiser, int OrganisationId, TestUser User, int EventId, int RequestId)> SubmittedAsync(string title)
    {
        var (client, organisationId, user) = await app.OrganiserAsync();
        var eventId = await client.CreateDraftAsync(OrganiserForms.EventFields(title: title));
        var submitted = await client.PostFormAsync($"/organisateur/evenements/{eventId}?handler=Submit", [], formUrl: $"/organisateur/evenements/{eventId}");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var requestId = await app.QueryAsync(db => db.LabelRequests.Where(r => r.EventId == eventId).Select(r => r.Id).SingleAsync());
        return (client, organisationId, user, eventId, requestId);
    }

    private async Task<HttpClient> ModeratorAsync(string region) =>
        await app.CreateSignedInClientAsync(await app.CreateUserAsync(Roles.Moderator, regions: [region]));

    private Task<LabelRequestStatus> StatusAsync(int requestId) =>
        app.QueryAsync(db => db.LabelRequests.Where(r => r.Id == requestId).Select(r => r.Status).SingleAsync());
}

public sealed class ModerationTestsOnSqlite(SqliteAppInLabellingPeriod app) : ModerationTests<SqliteAppInLabellingPeriod>(app);

public sealed class ModerationTestsOnPostgres(PostgresAppInLabellingPeriod app) : ModerationTests<PostgresAppInLabellingPeriod>(app);
