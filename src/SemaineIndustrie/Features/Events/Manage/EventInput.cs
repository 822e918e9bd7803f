using System.ComponentModel.DataAnnotations;
using SemaineIndustrie.Features.Geography;

namespace SemaineIndustrie.Features.Events.Manage;

/// The event form as posted. A draft may be incomplete (the checks at submission say what is
/// missing), but nothing malformed is ever saved: lengths, links, e-mail, times in order.
public sealed record EventInput
{
    public const int MaxSessions = 50;

    [StringLength(150, ErrorMessage = "Le titre ne peut pas dépasser 150 caractères.")]
    [Required(ErrorMessage = "Donnez un titre à l'événement, même provisoire.")]
    public string Title { get; init; } = "";

    [StringLength(300, ErrorMessage = "La présentation courte ne peut pas dépasser 300 caractères.")]
    public string? Summary { get; init; }

    [StringLength(10_000, ErrorMessage = "La description ne peut pas dépasser 10 000 caractères.")]
    public string? Description { get; init; }

    public string? TypeCode { get; init; }
    public List<string> Audiences { get; init; } = [];
    public List<string> Themes { get; init; } = [];
    public string? SectorCode { get; init; }
    public EventFormat Format { get; init; }

    [StringLength(200, ErrorMessage = "L'adresse ne peut pas dépasser 200 caractères.")]
    public string? AddressLine { get; init; }

    [RegularExpression("^[0-9]{5}$", ErrorMessage = "Le code postal compte 5 chiffres.")]
    public string? PostalCode { get; init; }

    [StringLength(100, ErrorMessage = "La commune ne peut pas dépasser 100 caractères.")]
    public string? City { get; init; }

    [Range(-90, 90, ErrorMessage = "La latitude doit être comprise entre -90 et 90.")]
    public double? Latitude { get; init; }

    [Range(-180, 180, ErrorMessage = "La longitude doit être comprise entre -180 et 180.")]
    public double? Longitude { get; init; }

    [StringLength(500, ErrorMessage = "Les informations d'accès ne peuvent pas dépasser 500 caractères.")]
    public string? AccessInfo { get; init; }

    [Url(ErrorMessage = "Le lien de participation doit être une adresse web complète (https://…).")]
    [StringLength(500, ErrorMessage = "Le lien ne peut pas dépasser 500 caractères.")]
    public string? OnlineUrl { get; init; }

    public List<Accessibility> Accessibility { get; init; } = [];
    public RegistrationMode RegistrationMode { get; init; }

    [Url(ErrorMessage = "Le lien d'inscription doit être une adresse web complète (https://…).")]
    [StringLength(500, ErrorMessage = "Le lien ne peut pas dépasser 500 caractères.")]
    public string? RegistrationUrl { get; init; }

    [Range(1, 500, ErrorMessage = "Un groupe compte de 1 à 500 participants.")]
    public int? MaxGroupSize { get; init; }

    [StringLength(120, ErrorMessage = "Le nom du contact ne peut pas dépasser 120 caractères.")]
    public string? ContactName { get; init; }

    [EmailAddress(ErrorMessage = "L'adresse électronique du contact n'est pas valide.")]
    [StringLength(254, ErrorMessage = "L'adresse électronique est trop longue.")]
    public string? ContactEmail { get; init; }

    [Phone(ErrorMessage = "Le numéro de téléphone n'est pas valide.")]
    [StringLength(20, ErrorMessage = "Le numéro de téléphone est trop long.")]
    public string? ContactPhone { get; init; }

    public bool DeclaredFree { get; init; }
    public bool PurposeDeclared { get; init; }
    public List<SessionInput> Sessions { get; init; } = [];

    /// Rows with nothing typed in them are ignored (the form shows a blank row to add a slot).
    public IEnumerable<(SessionInput Session, int Index)> FilledSessions() =>
        Sessions.Select((s, i) => (s, i)).Where(p => !p.s.IsBlank);

    public static EventInput From(EventSnapshot e, FrenchGeography geography)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(geography.TimeZoneOf(e.Place.RegionCode));
        return new EventInput
        {
            Title = e.Title,
            Summary = e.Summary,
            Description = e.Description,
            TypeCode = e.TypeCode,
            Audiences = [.. e.Audiences],
            Themes = [.. e.Themes],
            SectorCode = e.SectorCode,
            Format = e.Format,
            AddressLine = e.Place.AddressLine,
            PostalCode = e.Place.PostalCode,
            City = e.Place.CommuneName,
            Latitude = e.Place.Latitude,
            Longitude = e.Place.Longitude,
            AccessInfo = e.Place.AccessInfo,
            OnlineUrl = e.OnlineUrl,
            Accessibility = EventLabels.Needs(e.Accessibility).ToList(),
            RegistrationMode = e.RegistrationMode,
            RegistrationUrl = e.RegistrationUrl,
            MaxGroupSize = e.MaxGroupSize,
            ContactName = e.ContactName,
            ContactEmail = e.ContactEmail,
            ContactPhone = e.ContactPhone,
            DeclaredFree = e.DeclaredFree,
            PurposeDeclared = e.PurposeDeclared,
            Sessions = e.Sessions.Select(s =>
            {
                var start = TimeZoneInfo.ConvertTimeFromUtc(s.StartsAt, zone);
                var end = TimeZoneInfo.ConvertTimeFromUtc(s.EndsAt, zone);
                return new SessionInput { Id = s.Id, Date = DateOnly.FromDateTime(start), Start = TimeOnly.FromDateTime(start), End = TimeOnly.FromDateTime(end), Capacity = s.Capacity };
            }).ToList(),
        };
    }
}

public sealed record SessionInput
{
    public int? Id { get; init; }
    public DateOnly? Date { get; init; }
    public TimeOnly? Start { get; init; }
    public TimeOnly? End { get; init; }

    [Range(1, 100_000, ErrorMessage = "La capacité doit être comprise entre 1 et 100 000 places.")]
    public int? Capacity { get; init; }

    public bool IsBlank => Date is null && Start is null && End is null && Capacity is null;
}
