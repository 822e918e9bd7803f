using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Registrations;

namespace SemaineIndustrie.Tests.Registrations;

public abstract class RegistrationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    [Fact]
    public async Task A_visitor_registers_and_gets_a_confirmation_with_a_calendar_file_and_a_personal_link()
    {
        var arranged = await app.LabelledEventAsync(capacity: 30);
        var client = app.CreateBrowserLikeClient();
        var form = await new HtmlParser().ParseDocumentAsync(await (await client.GetAsync($"/evenements/{arranged.EventId}/inscription")).Content.ReadAsStringAsync());
        Assert.Contains("30 places restantes sur 30", form.QuerySelector($"[data-testid=seats-{arranged.SessionIds[0]}]")?.TextContent);

        Assert.Equal("confirmee", await client.RegisterAsync(arranged.EventId, RegistrationSetups.Individual(arranged.SessionIds[0], "lea.martin@exemple.fr")));
        Assert.Equal(1, await app.SeatsTakenAsync(arranged.SessionIds[0]));
        var mail = await app.Mail.WaitForAsync("lea.martin@exemple.fr");
        Assert.Equal("Inscription confirmée : Visite de la chaudronnerie", mail.Subject);
        var calendar = mail.Attachment("visite-de-la-chaudronnerie.ics");
        Assert.Contains("BEGIN:VEVENT", calendar);
        Assert.Contains("SUMMARY:Visite de la chaudronnerie", calendar);
        var mine = await client.GetAsync(new Uri(mail.Link("/inscriptions/")).PathAndQuery);
        var page = await new HtmlParser().ParseDocumentAsync(await mine.Content.ReadAsStringAsync());
        Assert.Equal("Inscription confirmée", page.QuerySelector("[data-testid=registration-status]")?.TextContent.Trim());
    }

    [Fact]
    public async Task A_class_cancelling_through_its_link_lets_the_waiting_group_in_and_tells_it()
    {
        var arranged = await app.LabelledEventAsync(capacity: 30);
        var session = arranged.SessionIds[0];
        var client = app.CreateBrowserLikeClient();
        Assert.Equal("confirmee", await client.RegisterAsync(arranged.EventId, RegistrationSetups.Group(session, "prof.a@exemple.fr", 25)));
        Assert.Equal("attente", await client.RegisterAsync(arranged.EventId, RegistrationSetups.Group(session, "prof.b@exemple.fr", 10, "Lycée Ampère")));
        Assert.Equal(25, await app.SeatsTakenAsync(session));

        var link = new Uri((await app.Mail.WaitForAsync("prof.a@exemple.fr")).Link("/inscriptions/")).PathAndQuery;
        var cancelled = await client.PostFormAsync($"{link}?handler=Cancel", [], formUrl: link);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);

        Assert.Equal(10, await app.SeatsTakenAsync(session));
        var promoted = await app.Mail.WaitForAsync("prof.b@exemple.fr", m => m.Subject.StartsWith("Une place s'est libérée", StringComparison.Ordinal));
        Assert.Contains("groupe de 10 participants", promoted.Body);
        Assert.Equal(RegistrationStatus.Confirmed, await app.QueryAsync(db => db.Registrations.Where(r => r.EmailKey == "prof.b@exemple.fr" && r.SessionId == session).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task Freed_seats_skip_a_group_too_large_for_them_in_favour_of_the_next_that_fits()
    {
        var arranged = await app.LabelledEventAsync(capacity: 30);
        var session = arranged.SessionIds[0];
        var client = app.CreateBrowserLikeClient();
        await client.RegisterAsync(arranged.EventId, RegistrationSetups.Group(session, "a@exemple.fr", 25));
        Assert.Equal("attente", await client.RegisterAsync(arranged.EventId, RegistrationSetups.Group(session, "b@exemple.fr", 10)));
        Assert.Equal("attente", await client.RegisterAsync(arranged.EventId, RegistrationSetups.Group(session, "c@exemple.fr", 6)));
        Assert.Equal("confirmee", await client.RegisterAsync(arranged.EventId, RegistrationSetups.Group(session, "d@exemple.fr", 4)));
        Assert.Equal(29, await app.SeatsTakenAsync(session));

        var link = new Uri((await app.Mail.WaitForAsync("a@exemple.fr")).Link("/inscriptions/")).PathAndQuery;
        var changed = await client.PostFormAsync($"{link}?handler=Size", new Dictionary<string, string> { ["Participants"] = "20" }, formUrl: link);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        var statuses = await app.QueryAsync(db => db.Registrations.Where(r => r.SessionId == session).OrderBy(r => r.Id).Select(r => r.Status).ToListAsync());
        Assert.Equal([RegistrationStatus.Confirmed, RegistrationStatus.Waitlisted, RegistrationStatus.Confirmed, RegistrationStatus.Confirmed], statuses);
        Assert.Equal(30, await app.SeatsTakenAsync(session));
    }

    [Fact]
    public async Task Bad_registrations_get_a_French_reason_and_change_nothing()
    {
        var arranged = await app.LabelledEventAsync(capacity: 30, maxGroupSize: 30);
        var other = await app.LabelledEventAsync(capacity: 30);
        var cancelledEvent = await app.LabelledEventAsync(capacity: 30, status: PublicStatus.Cancelled);
        var session = arranged.SessionIds[0];
        var client = app.CreateBrowserLikeClient();
        await client.RegisterAsync(arranged.EventId, RegistrationSetups.Individual(session, "deja@exemple.fr"));

        Assert.Contains("n'est pas valide", await client.RegisterAsync(arranged.EventId, RegistrationSetups.Individual(session, "pas-une-adresse")));
        Assert.Contains("de 1 à 30 participants", await client.RegisterAsync(arranged.EventId, RegistrationSetups.Group(session, "g0@exemple.fr", 0)));
        Assert.Contains("de 1 à 30 participants", await client.RegisterAsync(arranged.EventId, RegistrationSetups.Group(session, "g31@exemple.fr", 31)));
        Assert.Contains("n'appartient pas à cet événement", await client.RegisterAsync(arranged.EventId, RegistrationSetups.Individual(other.SessionIds[0], "x@exemple.fr")));
        Assert.Contains("déjà inscrite", await client.RegisterAsync(arranged.EventId, RegistrationSetups.Individual(session, "DEJA@exemple.fr")));
        Assert.Contains("Acceptez l'utilisation de vos données", await client.RegisterAsync(arranged.EventId,
            [.. RegistrationSetups.Individual(session, "sans.accord@exemple.fr").Where(f => f.Key != "Input.Consent")]));
        var cancelledPage = await client.GetAsync($"/evenements/{cancelledEvent.EventId}/inscription");
        Assert.Contains("Cet événement est annulé", (await new HtmlParser().ParseDocumentAsync(await cancelledPage.Content.ReadAsStringAsync())).Body!.TextContent);

        Assert.Equal(1, await app.SeatsTakenAsync(session));
        Assert.Equal(1, await app.QueryAsync(db => db.Registrations.CountAsync(r => r.EventId == arranged.EventId)));
    }

    [Fact]
    public async Task A_session_in_the_past_takes_no_registration()
    {
        var arranged = await app.LabelledEventAsync(capacity: 10);
        await app.QueryAsync(db => db.Sessions.Where(s => s.Id == arranged.SessionIds[0]).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.StartsAt, new DateTime(2026, 10, 1, 8, 0, 0, DateTimeKind.Utc)).SetProperty(x => x.EndsAt, new DateTime(2026, 10, 1, 10, 0, 0, DateTimeKind.Utc))));
        // The page offers no past session; a forged post is refused all the same.
        var answer = await app.CreateBrowserLikeClient().RegisterAsync(arranged.EventId, RegistrationSetups.Individual(arranged.SessionIds[0], "tard@exemple.fr"),
            formUrl: "/connexion");
        Assert.Contains("Ce créneau est passé", answer);
    }

    [Fact]
    public async Task A_tampered_or_expired_link_opens_nothing()
    {
        var arranged = await app.LabelledEventAsync(capacity: 10);
        var client = app.CreateBrowserLikeClient();
        await client.RegisterAsync(arranged.EventId, RegistrationSetups.Individual(arranged.SessionIds[0], "lien@exemple.fr"));
        var link = new Uri((await app.Mail.WaitForAsync("lien@exemple.fr")).Link("/inscriptions/")).PathAndQuery;

        var tampered = await client.GetAsync(link[..^3] + "abc");
        Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);
        Assert.Contains("n'est pas valable", (await new HtmlParser().ParseDocumentAsync(await tampered.Content.ReadAsStringAsync())).QuerySelector("[data-testid=link-problem]")?.TextContent);

        var registrationId = await app.QueryAsync(db => db.Registrations.Where(r => r.EmailKey == "lien@exemple.fr").Select(r => r.Id).SingleAsync());
        var expiredToken = app.Services.GetRequiredService<RegistrationLinks>().Token(registrationId, new DateOnly(2020, 1, 1));
        var expired = await client.GetAsync($"/inscriptions/{expiredToken}");
        Assert.Contains("a expiré", (await new HtmlParser().ParseDocumentAsync(await expired.Content.ReadAsStringAsync())).QuerySelector("[data-testid=link-problem]")?.TextContent);
        var cancel = await client.PostFormAsync($"/inscriptions/{expiredToken}?handler=Cancel", [], formUrl: link);
        Assert.Equal(RegistrationStatus.Confirmed, await app.QueryAsync(db => db.Registrations.Where(r => r.Id == registrationId).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_robot_filling_the_hidden_field_is_answered_politely_and_saves_nothing()
    {
        var arranged = await app.LabelledEventAsync(capacity: 10);
        var answer = await app.CreateBrowserLikeClient().RegisterAsync(arranged.EventId,
            [.. RegistrationSetups.Individual(arranged.SessionIds[0], "robot@exemple.fr"), new("Input.Website", "http://spam.example")]);
        Assert.Equal("confirmee", answer);
        Assert.Equal(0, await app.QueryAsync(db => db.Registrations.CountAsync(r => r.EventId == arranged.EventId)));
    }

    [Fact]
    public async Task A_registrant_erases_their_data_through_the_link_and_the_seat_goes_back()
    {
        var arranged = await app.LabelledEventAsync(capacity: 10);
        var client = app.CreateBrowserLikeClient();
        await client.RegisterAsync(arranged.EventId, RegistrationSetups.Individual(arranged.SessionIds[0], "efface@exemple.fr", "Camille Effacée"));
        var link = new Uri((await app.Mail.WaitForAsync("efface@exemple.fr")).Link("/inscriptions/")).PathAndQuery;
        await client.PostFormAsync($"{link}?handler=Erase", [], formUrl: link);
        var registration = await app.QueryAsync(db => db.Registrations.SingleAsync(r => r.EventId == arranged.EventId));
        Assert.Equal((RegistrationStatus.Cancelled, null, null), (registration.Status, registration.Name, registration.Email));
        Assert.NotNull(registration.AnonymisedAt);
        Assert.Equal(0, await app.SeatsTakenAsync(arranged.SessionIds[0]));
    }
}

public sealed class RegistrationTestsOnSqlite(SqliteAppInLabellingPeriod app) : RegistrationTests<SqliteAppInLabellingPeriod>(app);

public sealed class RegistrationTestsOnPostgres(PostgresAppInLabellingPeriod app) : RegistrationTests<PostgresAppInLabellingPeriod>(app);
