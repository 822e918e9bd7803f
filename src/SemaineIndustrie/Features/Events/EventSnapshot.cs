using System.Text.Json;
using SemaineIndustrie.Features.Discovery;

namespace SemaineIndustrie.Features.Events;

/// Everything an organiser edits on an event, as one value: what a revision of a labelled event
/// proposes (kept as JSON on its <see cref="LabelRequest"/> until the committee decides), and what
/// the history compares before and after an action.
public sealed record EventSnapshot
{
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required string Description { get; init; }
    public required string TypeCode { get; init; }
    public string? SectorCode { get; init; }
    public EventFormat Format { get; init; }
    public Accessibility Accessibility { get; init; }
    public required PlaceSnapshot Place { get; init; }
    public string? OnlineUrl { get; init; }
    public bool DeclaredFree { get; init; }
    public bool PurposeDeclared { get; init; }
    public RegistrationMode RegistrationMode { get; init; }
    public string? RegistrationUrl { get; init; }
    public int? MaxGroupSize { get; init; }
    public string? ContactName { get; init; }
    public string? ContactEmail { get; init; }
    public string? ContactPhone { get; init; }
    public IReadOnlyList<SessionSnapshot> Sessions { get; init; } = [];
    public IReadOnlyList<string> Audiences { get; init; } = [];
    public IReadOnlyList<string> Themes { get; init; } = [];

    public static EventSnapshot From(Event e) => new()
    {
        Title = e.Title,
        Summary = e.Summary,
        Description = e.Description,
        TypeCode = e.TypeCode,
        SectorCode = e.SectorCode,
        Format = e.Format,
        Accessibility = e.Accessibility,
        Place = new(e.Place.AddressLine, e.Place.PostalCode, e.Place.CommuneCode, e.Place.CommuneName, e.Place.DepartmentCode,
            e.Place.RegionCode, e.Place.Latitude, e.Place.Longitude, e.Place.AccessInfo),
        OnlineUrl = e.OnlineUrl,
        DeclaredFree = e.DeclaredFree,
        PurposeDeclared = e.PurposeDeclared,
        RegistrationMode = e.RegistrationMode,
        RegistrationUrl = e.RegistrationUrl,
        MaxGroupSize = e.MaxGroupSize,
        ContactName = e.ContactName,
        ContactEmail = e.ContactEmail,
        ContactPhone = e.ContactPhone,
        Sessions = e.Sessions.OrderBy(s => s.StartsAt).Select(s => new SessionSnapshot(s.Id == 0 ? null : s.Id, s.StartsAt, s.EndsAt, s.Capacity)).ToList(),
        Audiences = e.Terms.Where(t => t.Kind == TermKind.Audience).Select(t => t.Code).Order(StringComparer.Ordinal).ToList(),
        Themes = e.Terms.Where(t => t.Kind == TermKind.Theme).Select(t => t.Code).Order(StringComparer.Ordinal).ToList(),
    };

    /// A new event of an organisation built from this snapshot (a draft, a duplicate, an imported row).
    public Event ToNewEvent(int editionId, int organisationId, EventStatus status, string organisationName, DateTime now)
    {
        var e = new Event
        {
            EditionId = editionId,
            OrganisationId = organisationId,
            Status = status,
            PublicStatus = PublicStatus.Scheduled,
            Title = "",
            Slug = "",
            Summary = "",
            Description = "",
            TypeCode = "",
            CreatedAt = now,
        };
        ApplyTo(e, organisationName, now);
        return e;
    }

    /// Writes this snapshot onto a tracked event (with its sessions and terms loaded). Sessions keep
    /// their identity when they have one, so registrations stay attached to their slot.
    public void ApplyTo(Event e, string organisationName, DateTime nowUtc)
    {
        e.Title = Title;
        e.Slug = Slugs.From(Title);
        e.Summary = Summary;
        e.Description = Description;
        e.TypeCode = TypeCode;
        e.SectorCode = SectorCode;
        e.Format = Format;
        e.Accessibility = Accessibility;
        e.Place = Place.ToPlace();
        e.OnlineUrl = OnlineUrl;
        e.DeclaredFree = DeclaredFree;
        e.PurposeDeclared = PurposeDeclared;
        e.RegistrationMode = RegistrationMode;
        e.RegistrationUrl = RegistrationUrl;
        e.MaxGroupSize = MaxGroupSize;
        e.ContactName = ContactName;
        e.ContactEmail = ContactEmail;
        e.ContactPhone = ContactPhone;
        var kept = Sessions.Where(s => s.Id is not null).Select(s => s.Id!.Value).ToHashSet();
        e.Sessions.RemoveAll(s => s.Id != 0 && !kept.Contains(s.Id));
        foreach (var wanted in Sessions)
        {
            var session = wanted.Id is { } id ? e.Sessions.FirstOrDefault(s => s.Id == id) : null;
            if (session is null)
            {
                session = new Session();
                e.Sessions.Add(session);
            }
            (session.StartsAt, session.EndsAt, session.Capacity) = (wanted.StartsAt, wanted.EndsAt, wanted.Capacity);
        }
        e.Terms.RemoveAll(t => t.Kind is TermKind.Audience or TermKind.Theme);
        e.Terms.AddRange(Audiences.Select(code => new EventTerm { Kind = TermKind.Audience, Code = code }));
        e.Terms.AddRange(Themes.Select(code => new EventTerm { Kind = TermKind.Theme, Code = code }));
        if (e.Sessions.Count > 0)
        {
            e.FirstStartsAt = e.Sessions.Min(s => s.StartsAt);
            e.LastEndsAt = e.Sessions.Max(s => s.EndsAt);
        }
        e.SearchText = FrenchText.Fold(string.Join(' ', e.Title, e.Summary, organisationName, e.Place.CommuneName, e.Place.PostalCode));
        e.UpdatedAt = nowUtc;
    }

    /// Whether a labelled event changed in what makes it eligible (condition 1, 2 and 4 and the
    /// place): such a change goes back to the committee; anything else is published at once.
    public bool ChangesEligibility(EventSnapshot other) =>
        !Sessions.Select(s => (s.StartsAt, s.EndsAt)).SequenceEqual(other.Sessions.Select(s => (s.StartsAt, s.EndsAt)))
        || Place != other.Place || Format != other.Format || OnlineUrl != other.OnlineUrl
        || !Audiences.SequenceEqual(other.Audiences) || DeclaredFree != other.DeclaredFree;

    /// The fields that differ, in French, for the history (before → after).
    public IReadOnlyList<FieldChange> Diff(EventSnapshot after)
    {
        var changes = new List<FieldChange>();
        void Compare(string field, object? before, object? now)
        {
            var b = Show(before);
            var a = Show(now);
            if (b != a)
            {
                changes.Add(new FieldChange(field, b, a));
            }
        }
        Compare("Titre", Title, after.Title);
        Compare("Résumé", Summary, after.Summary);
        Compare("Description", Description, after.Description);
        Compare("Type", TypeCode, after.TypeCode);
        Compare("Filière", SectorCode, after.SectorCode);
        Compare("Format", Format, after.Format);
        Compare("Accessibilité", Accessibility, after.Accessibility);
        Compare("Lieu", Place, after.Place);
        Compare("Lien en ligne", OnlineUrl, after.OnlineUrl);
        Compare("Gratuit", DeclaredFree, after.DeclaredFree);
        Compare("Objet déclaré", PurposeDeclared, after.PurposeDeclared);
        Compare("Inscription", RegistrationMode, after.RegistrationMode);
        Compare("Lien d'inscription", RegistrationUrl, after.RegistrationUrl);
        Compare("Taille maximale d'un groupe", MaxGroupSize, after.MaxGroupSize);
        Compare("Contact", $"{ContactName} {ContactEmail} {ContactPhone}".Trim(), $"{after.ContactName} {after.ContactEmail} {after.ContactPhone}".Trim());
        Compare("Créneaux", Sessions.Select(s => s with { Id = null }), after.Sessions.Select(s => s with { Id = null }));
        Compare("Publics", Audiences, after.Audiences);
        Compare("Thématiques", Themes, after.Themes);
        return changes;
    }

    public string ToJson() => JsonSerializer.Serialize(this);

    public static EventSnapshot FromJson(string json) => JsonSerializer.Deserialize<EventSnapshot>(json)
        ?? throw new JsonException("Empty event snapshot");

    private static string Show(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "oui" : "non",
        System.Collections.IEnumerable items => string.Join(" ; ", items.Cast<object>().Select(Show)),
        _ => value.ToString() ?? "",
    };
}

public sealed record PlaceSnapshot(string? AddressLine, string? PostalCode, string? CommuneCode, string? CommuneName, string DepartmentCode,
    string RegionCode, double? Latitude, double? Longitude, string? AccessInfo)
{
    public Place ToPlace() => new()
    {
        AddressLine = AddressLine,
        PostalCode = PostalCode,
        CommuneCode = CommuneCode,
        CommuneName = CommuneName,
        DepartmentCode = DepartmentCode,
        RegionCode = RegionCode,
        Latitude = Latitude,
        Longitude = Longitude,
        AccessInfo = AccessInfo,
    };

    public override string ToString() => string.Join(", ", new[] { AddressLine, PostalCode, CommuneName }.Where(p => !string.IsNullOrEmpty(p)));
}

public sealed record SessionSnapshot(int? Id, DateTime StartsAt, DateTime EndsAt, int? Capacity)
{
    public override string ToString() => $"{StartsAt:yyyy-MM-dd HH:mm}–{EndsAt:HH:mm} UTC" + (Capacity is { } c ? $" ({c} places)" : "");
}

public sealed record FieldChange(string Field, string Before, string After);
