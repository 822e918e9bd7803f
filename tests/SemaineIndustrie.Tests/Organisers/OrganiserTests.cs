using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Features.Accounts;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Tests.Organisers;

public abstract class OrganiserTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    [Fact]
    public async Task A_new_organiser_creates_the_organisation_then_reaches_their_events()
    {
        var user = await app.CreateUserAsync(Roles.Organiser);
        var client = await app.CreateSignedInClientAsync(user);
        var first = await client.GetAsync("/organisateur");
        Assert.Equal("/organisateur/structure", first.Headers.Location?.OriginalString);

        var invalid = await client.PostFormAsync("/organisateur/structure", new Dictionary<string, string>
        {
            ["Input.Name"] = "Atelier Dupont",
            ["Input.Kind"] = "Company",
            ["Input.Siret"] = "732 829 320 00075",
            ["Input.PostalCode"] = "69007",
            ["Input.City"] = "Lyon",
        });
        var page = await new HtmlParser().ParseDocumentAsync(await invalid.Content.ReadAsStringAsync());
        Assert.Contains("clé de contrôle", page.QuerySelector("#Input_Siret-erreur")?.TextContent);

        var created = await client.PostFormAsync("/organisateur/structure", new Dictionary<string, string>
        {
            ["Input.Name"] = "Atelier Dupont",
            ["Input.Kind"] = "Company",
            ["Input.Siret"] = "732 829 320 00074",
            ["Input.PostalCode"] = "69007",
            ["Input.City"] = "Lyon",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var organisation = await app.QueryAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.Organisation).SingleAsync());
        Assert.Equal(("Atelier Dupont", "73282932000074", "69123"), (organisation!.Name, organisation.Siret, organisation.CommuneCode));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/organisateur")).StatusCode);
    }

    [Fact]
    public async Task A_complete_draft_is_submitted_once_with_its_due_date_and_an_email()
    {
        var (client, _, user) = await app.OrganiserAsync();
        var id = await client.CreateDraftAsync(OrganiserForms.EventFields());
        var draft = await client.PageAsync($"/organisateur/evenements/{id}");
        Assert.Equal("Brouillon", draft.QuerySelector("[data-testid=status]")?.TextContent);
        Assert.DoesNotContain("non conforme", draft.QuerySelector("[data-testid=checks]")!.TextContent);

        var token = draft.QuerySelector("form[action*=Submit] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var clicks = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => client.PostAsync($"/organisateur/evenements/{id}?handler=Submit",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]))));
        Assert.All(clicks, c => Assert.Equal(HttpStatusCode.Redirect, c.StatusCode));

        var requests = await app.QueryAsync(db => db.LabelRequests.Where(r => r.EventId == id).ToListAsync());
        var request = Assert.Single(requests);
        Assert.Equal((LabelRequestStatus.Pending, "84", new DateOnly(2026, 10, 26)), (request.Status, request.RegionCode, request.DueOn));
        var mail = await app.Mail.WaitForAsync(user.Email, m => m.Subject.StartsWith("Demande de label reçue", StringComparison.Ordinal));
        Assert.Contains("au plus tard le 26 octobre 2026", mail.Body.Replace("\r\n", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal));
        var submitted = await client.PageAsync($"/organisateur/evenements/{id}");
        Assert.Equal("Demande en cours d'examen", submitted.QuerySelector("[data-testid=status]")?.TextContent);
        Assert.Contains("Demande de label soumise", submitted.QuerySelector("[data-testid=history]")!.TextContent);
    }

    [Fact]
    public async Task Submission_is_refused_while_a_condition_fails_and_says_which_in_French()
    {
        var (client, _, _) = await app.OrganiserAsync();
        var id = await client.CreateDraftAsync(OrganiserForms.EventFields(date: "2026-03-10", withAudience: false));
        var response = await client.PostFormAsync($"/organisateur/evenements/{id}?handler=Submit", [], formUrl: $"/organisateur/evenements/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        var checks = page.QuerySelector("[data-testid=checks]")!.TextContent;
        Assert.Contains("Choisissez au moins un public cible", checks);
        Assert.Contains("hors période : 10 mars 2026", checks);
        Assert.Equal(0, await app.QueryAsync(db => db.LabelRequests.CountAsync(r => r.EventId == id)));
        Assert.Equal(EventStatus.Draft, await app.QueryAsync(db => db.Events.Where(e => e.Id == id).Select(e => e.Status).SingleAsync()));
    }

    [Fact]
    public async Task Malformed_input_is_refused_field_by_field_and_nothing_is_saved()
    {
        var (client, organisationId, _) = await app.OrganiserAsync();
        var before = await app.QueryAsync(db => db.Events.CountAsync(e => e.OrganisationId == organisationId));
        var fields = OrganiserForms.EventFields(title: new string('x', 151), start: "14:00", end: "12:00")
            .With("Input.ContactEmail", "pas-une-adresse").With("Input.OnlineUrl", "javascript:alert(1)");
        for (var i = 1; i <= 50; i++)
        {
            fields.Add(new($"Input.Sessions[{i}].Date", "2026-11-18"));
            fields.Add(new($"Input.Sessions[{i}].Start", "09:00"));
            fields.Add(new($"Input.Sessions[{i}].End", "10:00"));
            fields.Add(new($"Input.Sessions[{i}].Capacity", "10"));
        }
        var response = await client.PostFormAsync("/organisateur/evenements/nouveau", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("150 caractères", page.QuerySelector("#Input_Title-erreur")?.TextContent);
        Assert.Contains("n'est pas valide", page.QuerySelector("#Input_ContactEmail-erreur")?.TextContent);
        Assert.Contains("adresse web complète", page.QuerySelector("#Input_OnlineUrl-erreur")?.TextContent);

        var tooMany = await client.PostFormAsync("/organisateur/evenements/nouveau", fields.With("Input.Title", "Titre correct")
            .With("Input.ContactEmail", "ok@exemple.fr").With("Input.OnlineUrl", "").With("Input.Sessions[0].End", "15:00"));
        Assert.Contains("50 créneaux au plus", await OrganiserForms.ErrorsAsync(tooMany));

        var reversed = await client.PostFormAsync("/organisateur/evenements/nouveau", OrganiserForms.EventFields(start: "14:00", end: "12:00"));
        Assert.Contains("l'heure de fin doit être après l'heure de début", await OrganiserForms.ErrorsAsync(reversed));
        Assert.Equal(before, await app.QueryAsync(db => db.Events.CountAsync(e => e.OrganisationId == organisationId)));
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_is_refused()
    {
        var (client, organisationId, _) = await app.OrganiserAsync();
        var token = await TestUsers.AntiforgeryTokenAsync(client, "/organisateur/evenements/nouveau");
        var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (key, value) in OrganiserForms.EventFields())
        {
            content.Add(new StringContent(value), key);
        }
        content.Add(new ByteArrayContent("MZ\u0090\0 not a picture"u8.ToArray()), "Image", "photo.png");
        var response = await client.PostAsync("/organisateur/evenements/nouveau", content);
        Assert.Contains("n'est pas une image PNG, JPEG ou WebP", await OrganiserForms.ErrorsAsync(response));
        Assert.Equal(0, await app.QueryAsync(db => db.Events.CountAsync(e => e.OrganisationId == organisationId)));
    }

    [Fact]
    public async Task Nobody_else_reaches_an_organisations_events()
    {
        var (owner, _, _) = await app.OrganiserAsync();
        var id = await owner.CreateDraftAsync(OrganiserForms.EventFields(title: "Brouillon confidentiel"));
        var (stranger, _, _) = await app.OrganiserAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/organisateur/evenements/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/organisateur/evenements/{id}/modifier")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostFormAsync($"/organisateur/evenements/{id}?handler=Submit", [], formUrl: "/organisateur")).StatusCode);
        var moderator = await app.CreateSignedInClientAsync(await app.CreateUserAsync(Roles.Moderator, regions: ["84"]));
        Assert.Equal(HttpStatusCode.Forbidden, (await moderator.GetAsync($"/organisateur/evenements/{id}")).StatusCode);
        var anonymous = await app.CreateBrowserLikeClient().GetAsync($"/organisateur/evenements/{id}");
        Assert.StartsWith("/connexion", anonymous.Headers.Location?.PathAndQuery ?? anonymous.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_labelled_event_publishes_small_edits_at_once_and_sends_date_changes_to_review()
    {
        var (client, organisationId, _) = await app.OrganiserAsync();
        var id = await client.CreateDraftAsync(OrganiserForms.EventFields(title: "Journée portes ouvertes"));
        await app.QueryAsync(db => db.Events.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EventStatus.Labelled)));
        var sessionId = await app.QueryAsync(db => db.Sessions.Where(s => s.EventId == id).Select(s => s.Id).SingleAsync());
        var version = await app.QueryAsync(db => db.CatalogueVersionAsync(CancellationToken.None));

        var retitled = OrganiserForms.EventFields(title: "Journée portes ouvertes de l'usine").With("Input.Sessions[0].Id", $"{sessionId}");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/organisateur/evenements/{id}/modifier", retitled)).StatusCode);
        Assert.Equal("Journée portes ouvertes de l'usine", await app.QueryAsync(db => db.Events.Where(e => e.Id == id).Select(e => e.Title).SingleAsync()));
        Assert.True(await app.QueryAsync(db => db.CatalogueVersionAsync(CancellationToken.None)) > version);

        var moved = retitled.With("Input.Sessions[0].Date", "2026-11-19");
        var response = await client.PostFormAsync($"/organisateur/evenements/{id}/modifier", moved);
        Assert.Contains("revision", response.Headers.Location?.OriginalString);
        var e = await app.QueryAsync(db => db.Events.Include(x => x.Sessions).SingleAsync(x => x.Id == id));
        Assert.Equal((EventStatus.Labelled, 17), (e.Status, e.Sessions.Single().StartsAt.Day));
        var revision = await app.QueryAsync(db => db.LabelRequests.SingleAsync(r => r.EventId == id));
        Assert.Equal((LabelRequestKind.Revision, LabelRequestStatus.Pending), (revision.Kind, revision.Status));
        Assert.Equal(19, EventSnapshot.FromJson(revision.ProposedJson!).Sessions.Single().StartsAt.Day);
    }

    [Fact]
    public async Task An_event_of_a_past_edition_is_duplicated_into_the_current_one_as_a_draft()
    {
        var (client, organisationId, _) = await app.OrganiserAsync();
        var pastId = await app.QueryAsync(async db =>
        {
            var edition2025 = await db.Editions.SingleAsync(x => x.Year == 2025);
            var past = new Event
            {
                EditionId = edition2025.Id,
                OrganisationId = organisationId,
                Status = EventStatus.Labelled,
                Title = "Escape game industriel",
                Slug = "escape-game-industriel",
                Summary = "Résumé",
                Description = "Description",
                TypeCode = "escape-game",
                Place = new Place { DepartmentCode = "69", RegionCode = "84", CommuneCode = "69123", CommuneName = "Lyon", PostalCode = "69007", AddressLine = "1 rue A", Latitude = 45.7, Longitude = 4.8 },
                Sessions = [new Session { StartsAt = new DateTime(2025, 11, 18, 9, 0, 0, DateTimeKind.Utc), EndsAt = new DateTime(2025, 11, 18, 11, 0, 0, DateTimeKind.Utc) }],
                Terms = [new EventTerm { Kind = TermKind.Audience, Code = "lyceens" }],
            };
            db.Events.Add(past);
            await db.SaveChangesAsync();
            return past.Id;
        });
        var response = await client.PostFormAsync($"/organisateur?handler=Duplicate&id={pastId}", [], formUrl: "/organisateur");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var copy = await app.QueryAsync(db => db.Events.Include(e => e.Sessions).Include(e => e.Terms).Include(e => e.Edition)
            .SingleAsync(e => e.OrganisationId == organisationId && e.Id != pastId));
        Assert.Equal((2026, EventStatus.Draft, "Escape game industriel"), (copy.Edition!.Year, copy.Status, copy.Title));
        Assert.Equal(new DateTime(2026, 11, 17, 9, 0, 0, DateTimeKind.Utc), copy.Sessions.Single().StartsAt);
        Assert.Equal("lyceens", copy.Terms.Single().Code);
    }

    [Fact]
    public async Task The_largest_group_set_on_the_form_bounds_class_registrations()
    {
        var (client, _, _) = await app.OrganiserAsync();
        var id = await client.CreateDraftAsync(OrganiserForms.EventFields(title: "Visite limitée aux petits groupes").With("Input.MaxGroupSize", "20"));
        await app.QueryAsync(db => db.Events.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EventStatus.Labelled)));
        var session = await app.QueryAsync(db => db.Sessions.Where(s => s.EventId == id).Select(s => s.Id).SingleAsync());
        var answer = await Registrations.RegistrationSetups.RegisterAsync(app.CreateBrowserLikeClient(), id,
            Registrations.RegistrationSetups.Group(session, "grande.classe@exemple.fr", 25));
        Assert.Contains("de 1 à 20 participants", answer);
    }
}

public sealed class OrganiserTestsOnSqlite(SqliteAppInLabellingPeriod app) : OrganiserTests<SqliteAppInLabellingPeriod>(app);

public sealed class OrganiserTestsOnPostgres(PostgresAppInLabellingPeriod app) : OrganiserTests<PostgresAppInLabellingPeriod>(app);
