using SemaineIndustrie.Features.Editions;
using SemaineIndustrie.Features.Organisations;

namespace SemaineIndustrie.Features.Events;

/// An event submitted for the label. Only events with <see cref="EventStatus.Labelled"/> are public.
public sealed class Event
{
    public int Id { get; set; }
    public int EditionId { get; set; }
    public Edition? Edition { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }

    public EventStatus Status { get; set; }
    public PublicStatus PublicStatus { get; set; }
    public required string Title { get; set; }
    public required string Slug { get; set; }
    public required string Summary { get; set; }
    public required string Description { get; set; }
    public required string TypeCode { get; set; }
    public string? SectorCode { get; set; }
    public EventFormat Format { get; set; }
    public Accessibility Accessibility { get; set; }

    public Place Place { get; set; } = new();
    public string? OnlineUrl { get; set; }

    /// Condition 4: the organiser declares the event free for the public.
    public bool DeclaredFree { get; set; }

    /// Condition 3: the organiser declares the event informs about industry and its jobs; the
    /// moderator judges it.
    public bool PurposeDeclared { get; set; }

    public RegistrationMode RegistrationMode { get; set; }
    public string? RegistrationUrl { get; set; }

    /// The largest group (a class) one registration may bring; null means the platform's default.
    public int? MaxGroupSize { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }

    /// Title, summary, organiser and place folded by <see cref="SearchText"/>, kept beside the
    /// event so both databases search it with the same plain LIKE.
    public string SearchText { get; set; } = "";
    public DateTime FirstStartsAt { get; set; }
    public DateTime LastEndsAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? LabelledAt { get; set; }

    public List<Session> Sessions { get; set; } = [];
    public List<EventTerm> Terms { get; set; } = [];
}

/// Where an on-site event takes place. Region and department are kept for online events too (the
/// organiser's), so every event belongs to a region.
public sealed class Place
{
    public string? AddressLine { get; set; }
    public string? PostalCode { get; set; }
    public string? CommuneCode { get; set; }
    public string? CommuneName { get; set; }
    public string DepartmentCode { get; set; } = "";
    public string RegionCode { get; set; } = "";
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? AccessInfo { get; set; }
}

public enum EventStatus { Draft, Submitted, ChangesRequested, Labelled, Rejected }

public enum PublicStatus { Scheduled, Cancelled, Postponed, Full, Rescheduled }

public enum EventFormat { OnSite, Online, Mixed }

public enum RegistrationMode { None, Platform, External }

[Flags]
public enum Accessibility
{
    None = 0,
    Motor = 1,
    Hearing = 2,
    Visual = 4,
    Cognitive = 8,
    Psychic = 16,
}
