using SemaineIndustrie.Features.Organisations;

namespace SemaineIndustrie.Features.Events;

/// Everything the public event page and its calendar file show about one event.
public sealed record EventDetails
{
    public required int Id { get; init; }
    public required string Title { get; init; }
    public required string Slug { get; init; }
    public required string Summary { get; init; }
    public required string Description { get; init; }
    public required PublicStatus PublicStatus { get; init; }
    public required string TypeCode { get; init; }
    public string? SectorCode { get; init; }
    public required EventFormat Format { get; init; }
    public required Accessibility Accessibility { get; init; }
    public required Place Place { get; init; }
    public string? OnlineUrl { get; init; }
    public required RegistrationMode RegistrationMode { get; init; }
    public string? RegistrationUrl { get; init; }
    public string? ContactName { get; init; }
    public string? ContactEmail { get; init; }
    public string? ContactPhone { get; init; }
    public required DateTime UpdatedAt { get; init; }
    public required int EditionId { get; init; }
    public required int EditionNumber { get; init; }
    public required int EditionYear { get; init; }
    public required string OrganisationName { get; init; }
    public required OrganisationKind OrganisationKind { get; init; }
    public string? OrganisationWebsite { get; init; }
    public required IReadOnlyList<SessionSlot> Sessions { get; init; }
    public required IReadOnlyList<string> Audiences { get; init; }
    public required IReadOnlyList<string> Themes { get; init; }

    public bool IsOnSite => Format != EventFormat.Online;
    public bool IsOnline => Format != EventFormat.OnSite;
}

public sealed record SessionSlot(int Id, DateTime StartsAt, DateTime EndsAt, int? Capacity);

public static class EventDetailsQuery
{
    public static IQueryable<EventDetails> Details(this IQueryable<Event> events) => events.Select(e => new EventDetails
    {
        Id = e.Id,
        Title = e.Title,
        Slug = e.Slug,
        Summary = e.Summary,
        Description = e.Description,
        PublicStatus = e.PublicStatus,
        TypeCode = e.TypeCode,
        SectorCode = e.SectorCode,
        Format = e.Format,
        Accessibility = e.Accessibility,
        Place = e.Place,
        OnlineUrl = e.OnlineUrl,
        RegistrationMode = e.RegistrationMode,
        RegistrationUrl = e.RegistrationUrl,
        ContactName = e.ContactName,
        ContactEmail = e.ContactEmail,
        ContactPhone = e.ContactPhone,
        UpdatedAt = e.UpdatedAt,
        EditionId = e.EditionId,
        EditionNumber = e.Edition!.Number,
        EditionYear = e.Edition.Year,
        OrganisationName = e.Organisation!.Name,
        OrganisationKind = e.Organisation.Kind,
        OrganisationWebsite = e.Organisation.Website,
        Sessions = e.Sessions.OrderBy(s => s.StartsAt).ThenBy(s => s.Id)
            .Select(s => new SessionSlot(s.Id, s.StartsAt, s.EndsAt, s.Capacity)).ToList(),
        Audiences = e.Terms.Where(t => t.Kind == TermKind.Audience).Select(t => t.Code).ToList(),
        Themes = e.Terms.Where(t => t.Kind == TermKind.Theme).Select(t => t.Code).ToList(),
    });
}
