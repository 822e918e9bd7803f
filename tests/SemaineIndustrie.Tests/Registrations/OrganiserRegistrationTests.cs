using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SemaineIndustrie.Features.Accounts;
using SemaineIndustrie.Features.Registrations;

namespace SemaineIndustrie.Tests.Registrations;

public abstract class OrganiserRegistrationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    [Fact]
    public async Task The_organiser_adds_someone_closes_registration_and_exports_a_list_for_a_French_spreadsheet()
    {
        var arranged = await app.LabelledEventAsync(capacity: 30);
        var session = arranged.SessionIds[0];
        var visitor = app.CreateBrowserLikeClient();
        await visitor.RegisterAsync(arranged.EventId, RegistrationSetups.Group(session, "prof@exemple.fr", 25, "Collège \"Les Tilleuls\"; site B"));
        await visitor.RegisterAsync(arranged.EventId, RegistrationSetups.Group(session, "attente@exemple.fr", 10));
        var organiser = await app.CreateSignedInClientAsync(await app.CreateUserAsync(Roles.Organiser, organisationId: arranged.OrganisationId));
        var url = $"/organisateur/evenements/{arranged.EventId}/inscriptions";

        var added = await organiser.PostFormAsync($"{url}?handler=Add", [.. RegistrationSetups.Individual(session, "=cmd@exemple.fr", "=SOMME(A1)")], formUrl: url);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var closed = await organiser.PostFormAsync($"{url}?handler=Close", new Dictionary<string, string> { ["sessionId"] = $"{session}", ["closed"] = "true" }, formUrl: url);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Contains("Les inscriptions à ce créneau sont closes", await visitor.RegisterAsync(arranged.EventId, RegistrationSetups.Individual(session, "apres@exemple.fr")));

        var csv = await organiser.GetAsync($"{url}?handler=Csv");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Créneau;Statut;Type;Nom;Adresse électronique;Téléphone;Établissement;Niveau;Participants;Inscrit le", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.Contains(lines, l => l.Contains(";Inscrit;Groupe;", StringComparison.Ordinal) && l.Contains("\"Collège \"\"Les Tilleuls\"\"; site B\"", StringComparison.Ordinal) && l.Contains(";25;", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(";Liste d'attente;Groupe;", StringComparison.Ordinal) && l.Contains(";10;", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(";'=SOMME(A1);'=cmd@exemple.fr;", StringComparison.Ordinal));

        var stranger = await app.CreateSignedInClientAsync(await app.CreateUserAsync(Roles.Organiser, organisationId: (await app.LabelledEventAsync(capacity: 5)).OrganisationId));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"{url}?handler=Csv")).StatusCode);
    }

    [Fact]
    public async Task Personal_data_is_emptied_once_the_retention_period_after_the_edition_has_passed()
    {
        var arranged = await app.LabelledEventAsync(capacity: 30);
        await app.CreateBrowserLikeClient().RegisterAsync(arranged.EventId, RegistrationSetups.Individual(arranged.SessionIds[0], "garde@exemple.fr", "Jean Garde"));
        var clock = (FakeClock)app.Clock;
        var before = clock.GetUtcNow();
        try
        {
            await using var scope = app.CreateScope();
            var retention = scope.ServiceProvider.GetRequiredService<RegistrationRetention>();
            clock.Set(new DateTimeOffset(2027, 5, 20, 3, 0, 0, TimeSpan.Zero));
            Assert.Equal(0, await retention.AnonymiseExpiredAsync(CancellationToken.None));
            clock.Set(new DateTimeOffset(2027, 5, 23, 3, 0, 0, TimeSpan.Zero));
            Assert.True(await retention.AnonymiseExpiredAsync(CancellationToken.None) >= 1);
        }
        finally
        {
            clock.Set(before);
        }
        var registration = await app.QueryAsync(db => db.Registrations.SingleAsync(r => r.EventId == arranged.EventId));
        Assert.Equal((null, null, 1), (registration.Name, registration.Email, registration.Participants));
    }
}

public sealed class OrganiserRegistrationTestsOnSqlite(SqliteAppInLabellingPeriod app) : OrganiserRegistrationTests<SqliteAppInLabellingPeriod>(app);

public sealed class OrganiserRegistrationTestsOnPostgres(PostgresAppInLabellingPeriod app) : OrganiserRegistrationTests<PostgresAppInLabellingPeriod>(app);
