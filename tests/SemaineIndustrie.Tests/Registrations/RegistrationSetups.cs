using System.Net;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Organisations;

namespace SemaineIndustrie.Tests.Registrations;

/// Labelled events that take registrations, and the registration form as a browser posts it.
public static class RegistrationSetups
{
    public sealed record Arranged(int EventId, IReadOnlyList<int> SessionIds, int OrganisationId);

    public static Task<Arranged> LabelledEventAsync(this TestApp app, int capacity, int sessions = 1, int? maxGroupSize = null,
        PublicStatus status = PublicStatus.Scheduled) =>
        app.QueryAsync(async db =>
        {
            var edition = await db.Editions.OrderByDescending(e => e.Year).FirstAsync();
            var organisation = new Organisation { Name = "Chaudronnerie Martin", Kind = OrganisationKind.Company, CreatedAt = DateTime.UtcNow };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            var first = new DateTime(2026, 11, 17, 8, 0, 0, DateTimeKind.Utc);
            var e = new Event
            {
                EditionId = edition.Id,
                OrganisationId = organisation.Id,
                Status = EventStatus.Labelled,
                PublicStatus = status,
                Title = "Visite de la chaudronnerie",
                Slug = "visite-de-la-chaudronnerie",
                Summary = "Soudure, pliage, découpe laser.",
                Description = "Visite guidée.",
                TypeCode = "visite-entreprise",
                RegistrationMode = RegistrationMode.Platform,
                MaxGroupSize = maxGroupSize,
                Place = new Place { AddressLine = "3 rue de l'Usine", PostalCode = "69007", CommuneCode = "69123", CommuneName = "Lyon", DepartmentCode = "69", RegionCode = "84", Latitude = 45.73, Longitude = 4.84 },
                Sessions = Enumerable.Range(0, sessions).Select(i => new Session { StartsAt = first.AddDays(i), EndsAt = first.AddDays(i).AddHours(2), Capacity = capacity }).ToList(),
                SearchText = Features.Discovery.FrenchText.Fold("Visite de la chaudronnerie zinguerie Chaudronnerie Martin Lyon"),
                FirstStartsAt = first,
                LastEndsAt = first.AddDays(sessions - 1).AddHours(2),
                CreatedAt = DateTime.UtcNow,
                UpdatedAt = DateTime.UtcNow,
                LabelledAt = DateTime.UtcNow,
            };
            db.Events.Add(e);
            await db.SaveChangesAsync();
            return new Arranged(e.Id, e.Sessions.Select(s => s.Id).ToList(), organisation.Id);
        });

    public static List<KeyValuePair<string, string>> Individual(int sessionId, string email, string name = "Léa Martin") =>
    [
        new("Input.SessionId", $"{sessionId}"), new("Input.Kind", "Individual"), new("Input.Name", name), new("Input.Email", email), new("Input.Consent", "true"),
    ];

    public static List<KeyValuePair<string, string>> Group(int sessionId, string email, int participants, string establishment = "Collège Jean-Moulin") =>
    [
        new("Input.SessionId", $"{sessionId}"), new("Input.Kind", "Group"), new("Input.Name", "M. Bernard, professeur"), new("Input.Email", email),
        new("Input.Establishment", establishment), new("Input.ClassLevel", "3e"), new("Input.Participants", $"{participants}"), new("Input.Consent", "true"),
    ];

    /// Posts the form and says what the visitor was told: « confirmee », « attente », or the page's errors.
    public static async Task<string> RegisterAsync(this HttpClient client, int eventId, List<KeyValuePair<string, string>> fields, string? formUrl = null)
    {
        var response = await client.PostFormAsync($"/evenements/{eventId}/inscription", fields, formUrl);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            return response.Headers.Location!.OriginalString.Contains("statut=attente", StringComparison.Ordinal) ? "attente" : "confirmee";
        }
        return await Organisers.OrganiserForms.ErrorsAsync(response);
    }

    public static Task<int> SeatsTakenAsync(this TestApp app, int sessionId) =>
        app.QueryAsync(db => db.Sessions.Where(s => s.Id == sessionId).Select(s => s.SeatsTaken).SingleAsync());
}
